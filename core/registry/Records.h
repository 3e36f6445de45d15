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
    QString outcome; // first vocabulary (schema v1/v2): response | stable | progression, for IMAGING
    QDate resultDate;
    std::optional<double> uln; // upper limit of normal of the lab's assay, in `unit` (schema v3)
    QString response;          // RECIST 1.1 for IMAGING (schema v3): CR | PR | SD | PD | NE
    QString note;              // imaging: the report's gist (schema v3)

    // The RECIST category of an imaging result; an old outcome is mapped for display only (response
    // -> "CR/PR", stable -> SD, progression -> PD), the stored row is never rewritten.
    QString recist() const;
    bool isProgression() const { return recist() == QLatin1String("PD"); }
};

// One line of therapy (schema v3): a therapy code of the knowledge base from start to stop.
struct TherapyLine
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString therapy;
    QDate startDate;
    QDate stopDate;      // invalid while the line runs
    QString stopReason;  // progression | toxicity | completed | patient_choice | death | other
    QString bestResponse; // RECIST: CR | PR | SD | PD | NE, or empty
    QString note;
    QDateTime createdAt;
    bool running() const { return !stopDate.isValid(); }
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
