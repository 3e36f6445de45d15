#pragma once

#include "core/Result.h"
#include "core/followup/Clock.h"
#include "core/registry/Database.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace netdesk {

class Registry;

struct BoardAttendee
{
    QString name;
    QString role;
};

// One patient on a meeting's agenda, with the assessment presented and the board's decision.
struct BoardCase
{
    qint64 id = 0;
    int position = 0; // 1-based place on the agenda
    qint64 patientId = 0;
    QString recordNumber;
    qint64 assessmentId = 0;
    QString status = QStringLiteral("pending"); // pending | discussed | deferred
    QString decision;
    QStringList chosen; // therapy codes of the plan's recommendations the board chose
    QDateTime decidedAt;
    QString decidedBy;
    QString question; // what the board is asked (schema v3); may be empty
};

struct BoardMeeting
{
    qint64 id = 0;
    QDate date;
    QString title;
    QString status = QStringLiteral("open"); // open | closed
    QDateTime createdAt;
    QString createdBy;
    QDateTime closedAt;
    QString closedBy;
    QList<BoardAttendee> attendees;
    QList<BoardCase> cases;
};

// A board decision as the patient page shows it afterwards.
struct BoardDecision
{
    qint64 meetingId = 0;
    QDate meetingDate;
    QString meetingTitle;
    QString meetingStatus;
    BoardCase boardCase;
};

// Tumour-board meetings in the registry: create (date, title, attendees), put patients on the agenda
// (their latest assessment is the one presented), record each decision (free text, the chosen
// recommendations, discussed or deferred; with time and author), close. Every change is one write
// transaction with its audit entry; a closed meeting is immutable (the service refuses, and database
// triggers refuse too).
class Board final
{
public:
    Board(Database& db, const Clock& clock, QString actor);
    // The therapy codes a decision may open a line for (the knowledge base's antitumour,
    // symptomatic and procedure therapies; Registry::board() sets them). Empty: not checked.
    void setLineTherapies(const QStringList& codes) { m_lineTherapies = codes; }

    Result<BoardMeeting> create(const QDate& date, const QString& title, const QList<BoardAttendee>& attendees);
    // Only active patients with an assessment: a deceased or transferred patient is refused.
    // `question`: what the board is asked about this patient (optional).
    Result<BoardMeeting> add(qint64 meetingId, const QString& recordNumber, const QString& question = {});
    // Several patients in this order, in one transaction: all of them or none.
    Result<BoardMeeting> add(qint64 meetingId, const QStringList& recordNumbers);
    // The question of the case at `position` of an open meeting (empty clears it).
    Result<BoardMeeting> setQuestion(qint64 meetingId, int position, const QString& question);
    // `startLines`: therapy codes among `chosen` for which the decision opens a therapy line (start
    // date: the decision's day; a therapy already running is left as it is), in the same transaction.
    Result<BoardMeeting> decide(qint64 meetingId, const QString& recordNumber, const QString& status,
                                const QString& decision, const QStringList& chosen,
                                const QStringList& startLines = {});
    // The same by place on the agenda (1-based): the presentation knows cases only by number.
    Result<BoardMeeting> decideAt(qint64 meetingId, int position, const QString& status, const QString& decision,
                                  const QStringList& chosen, const QStringList& startLines = {});
    Result<BoardMeeting> close(qint64 meetingId);
    Result<BoardMeeting> meeting(qint64 meetingId);
    // Newest first (by date, then id), with attendees and agenda.
    Result<QList<BoardMeeting>> meetings(int limit = 100);
    Result<QList<BoardDecision>> decisionsFor(const QString& recordNumber);

    static QStringList decisionStatuses(); // discussed, deferred

private:
    Result<BoardMeeting> decideCase(qint64 meetingId, const std::function<bool(const BoardCase&)>& which,
                                    const QString& whichText, const QString& status, const QString& decision,
                                    const QStringList& chosen, const QStringList& startLines);
    Result<BoardMeeting> load(qint64 meetingId);
    Status loadSelected(Sql& q, const QString& what, QList<BoardMeeting>& out);
    Result<BoardMeeting> openMeeting(qint64 meetingId);

    Database& m_db;
    const Clock& m_clock;
    QString m_actor;
    QStringList m_lineTherapies;
};

QJsonObject boardMeetingJson(const BoardMeeting& m);

} // namespace netdesk
