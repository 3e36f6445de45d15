#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace netdesk {

struct PatientRecord
{
    qint64 id = 0;
    QString recordNumber;
    QString familyName;
    QString givenName;
    QDate birthDate; // invalid when unknown
    QString sex = QStringLiteral("unknown");
    QString status = QStringLiteral("active");
    QDate statusDate;
    QDateTime createdAt;
};

struct AssessmentRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    QDate assessmentDate;
    QDateTime createdAt;
    QString author;
    QString protocol;
    QString kbId;
    QString kbVersion;
    QString kbSha256;
    QString category;
    QByteArray caseJson;
    QByteArray planJson; // uncompressed
};

struct FollowUpRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 assessmentId = 0;
    QString itemKey;
    QString kind;
    QStringList tests;
    int intervalMonths = 0;
    QString periods;   // "2:3,5:6,10:12" (until year : months); empty for an open-ended course
    QDate courseStart; // the periods count from here
    QDate dueDate;
    QString reason;
    QString notes;
    QString protocol;
    QString status = QStringLiteral("scheduled");
    QDate doneDate;
    QString cancelReason;
};

struct ResultRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    qint64 followUpItemId = 0; // 0: not entered against an item
    QString kind;              // CGA | 5HIAA | NTPROBNP | IMAGING
    std::optional<double> value;
    QString unit;
    QString outcome; // response | stable | progression, for IMAGING
    QDate resultDate;
};

// A reminder row: the item with its patient, for due/overdue lists.
struct ReminderRow
{
    FollowUpRecord item;
    QString recordNumber;
    QString familyName;
    QString givenName;
};

// A list query's first page and the total count (product brief: a page is 200 rows).
template <typename T> struct Page
{
    QList<T> rows;
    qint64 total = 0;
};

constexpr int defaultPageSize = 200;

} // namespace netdesk
