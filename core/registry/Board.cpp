#include "core/registry/Board.h"

#include "core/registry/AssessmentRepository.h"
#include "core/registry/AuditLog.h"
#include "core/registry/PatientRepository.h"
#include "core/registry/TherapyLineRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace netdesk {

namespace {

constexpr int maxDecision = 4000;
constexpr int maxName = 200;
constexpr int maxQuestion = 1000;

Problem wrong(const QString& where, const QString& message)
{
    return Problem{where, message, false};
}

QString isoTime(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

QStringList Board::decisionStatuses()
{
    return {QStringLiteral("discussed"), QStringLiteral("deferred")};
}

QJsonObject boardMeetingJson(const BoardMeeting& m)
{
    QJsonArray attendees;
    for (const BoardAttendee& a : m.attendees)
        attendees.append(QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("role"), a.role}});
    QJsonArray cases;
    for (const BoardCase& c : m.cases) {
        QJsonObject o{{QStringLiteral("position"), c.position},
                      {QStringLiteral("record"), c.recordNumber},
                      {QStringLiteral("assessmentId"), c.assessmentId},
                      {QStringLiteral("status"), c.status},
                      {QStringLiteral("decision"), c.decision},
                      {QStringLiteral("chosen"), QJsonArray::fromStringList(c.chosen)}};
        if (!c.question.isEmpty())
            o.insert(QStringLiteral("question"), c.question);
        if (c.decidedAt.isValid()) {
            o.insert(QStringLiteral("decidedAt"), isoTime(c.decidedAt));
            o.insert(QStringLiteral("decidedBy"), c.decidedBy);
        }
        cases.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), m.id},
                  {QStringLiteral("date"), m.date.toString(Qt::ISODate)},
                  {QStringLiteral("title"), m.title},
                  {QStringLiteral("status"), m.status},
                  {QStringLiteral("attendees"), attendees},
                  {QStringLiteral("cases"), cases}};
    if (m.closedAt.isValid()) {
        o.insert(QStringLiteral("closedAt"), isoTime(m.closedAt));
        o.insert(QStringLiteral("closedBy"), m.closedBy);
    }
    return o;
}

Board::Board(Database& db, const Clock& clock, QString actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
}

Result<BoardMeeting> Board::load(qint64 meetingId)
{
    Sql q(m_db, QStringLiteral("SELECT meeting_date, title, status, created_at, created_by, closed_at, closed_by"
                               " FROM board_meetings WHERE id = :id"));
    q.bind(QStringLiteral(":id"), meetingId);
    if (const Status s = q.run(QStringLiteral("reading a board meeting")); !s.ok())
        return s.problems();
    if (!q.next())
        return Problems{wrong(QStringLiteral("meeting"), QStringLiteral("there is no board meeting %1").arg(meetingId))};
    BoardMeeting m;
    m.id = meetingId;
    m.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    m.title = q.value(1).toString();
    m.status = q.value(2).toString();
    m.createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    m.createdBy = q.value(4).toString();
    m.closedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    m.closedBy = q.value(6).toString();
    Sql a(m_db, QStringLiteral("SELECT name, role FROM board_attendees WHERE meeting_id = :id ORDER BY position"));
    a.bind(QStringLiteral(":id"), meetingId);
    if (const Status s = a.run(QStringLiteral("reading attendees")); !s.ok())
        return s.problems();
    while (a.next())
        m.attendees.append({a.value(0).toString(), a.value(1).toString()});
    Sql c(m_db, QStringLiteral("SELECT c.id, c.position, c.patient_id, p.record_number, c.assessment_id, c.status,"
                               " c.decision, c.chosen, c.decided_at, c.decided_by, c.question"
                               " FROM board_cases c JOIN patients p ON p.id = c.patient_id"
                               " WHERE c.meeting_id = :id ORDER BY c.position"));
    c.bind(QStringLiteral(":id"), meetingId);
    if (const Status s = c.run(QStringLiteral("reading the agenda")); !s.ok())
        return s.problems();
    while (c.next()) {
        BoardCase bc;
        bc.id = c.value(0).toLongLong();
        bc.position = c.value(1).toInt();
        bc.patientId = c.value(2).toLongLong();
        bc.recordNumber = c.value(3).toString();
        bc.assessmentId = c.value(4).toLongLong();
        bc.status = c.value(5).toString();
        bc.decision = c.value(6).toString();
        for (const QJsonValue& v : QJsonDocument::fromJson(c.value(7).toString().toUtf8()).array())
            bc.chosen << v.toString();
        bc.decidedAt = QDateTime::fromString(c.value(8).toString(), Qt::ISODateWithMs);
        bc.decidedBy = c.value(9).toString();
        bc.question = c.value(10).toString();
        m.cases.append(bc);
    }
    return m;
}

Result<BoardMeeting> Board::openMeeting(qint64 meetingId)
{
    auto m = load(meetingId);
    if (!m.ok())
        return m;
    if (m.value().status == QLatin1String("closed"))
        return Problems{wrong(QStringLiteral("meeting"),
                              QStringLiteral("meeting %1 of %2 is closed (%3 by %4); its record cannot change")
                                  .arg(meetingId)
                                  .arg(m.value().date.toString(Qt::ISODate), isoTime(m.value().closedAt),
                                       m.value().closedBy))};
    return m;
}

Result<BoardMeeting> Board::create(const QDate& date, const QString& title, const QList<BoardAttendee>& attendees)
{
    Problems problems;
    if (!date.isValid())
        problems << wrong(QStringLiteral("date"), QStringLiteral("give the meeting date as YYYY-MM-DD"));
    if (title.trimmed().size() > maxName)
        problems << wrong(QStringLiteral("title"), QStringLiteral("at most %1 characters").arg(maxName));
    for (qsizetype i = 0; i < attendees.size(); ++i) {
        const BoardAttendee& a = attendees.at(i);
        if (a.name.trimmed().isEmpty() || a.role.trimmed().isEmpty())
            problems << wrong(QStringLiteral("attendees[%1]").arg(i),
                              QStringLiteral("give a name and a role, e.g. \"A. Weber: medical oncology\""));
        else if (a.name.size() > maxName || a.role.size() > maxName)
            problems << wrong(QStringLiteral("attendees[%1]").arg(i),
                              QStringLiteral("name and role: at most %1 characters each").arg(maxName));
    }
    if (!problems.isEmpty())
        return problems;
    return inWrite<BoardMeeting>(m_db, [&]() -> Result<BoardMeeting> {
        const QDateTime now = m_clock.now();
        Sql q(m_db, QStringLiteral("INSERT INTO board_meetings (meeting_date, title, status, created_at, created_by)"
                                   " VALUES (:d, :t, 'open', :at, :by)"));
        q.bind(QStringLiteral(":d"), date.toString(Qt::ISODate));
        q.bind(QStringLiteral(":t"), title.trimmed().isEmpty() ? QStringLiteral("Tumour board") : title.trimmed());
        q.bind(QStringLiteral(":at"), isoTime(now));
        q.bind(QStringLiteral(":by"), m_actor);
        if (const Status s = q.run(QStringLiteral("creating a board meeting")); !s.ok())
            return s.problems();
        const qint64 id = q.lastId();
        for (qsizetype i = 0; i < attendees.size(); ++i) {
            Sql a(m_db, QStringLiteral("INSERT INTO board_attendees (meeting_id, position, name, role)"
                                       " VALUES (:m, :p, :n, :r)"));
            a.bind(QStringLiteral(":m"), id);
            a.bind(QStringLiteral(":p"), static_cast<int>(i + 1));
            a.bind(QStringLiteral(":n"), attendees.at(i).name.trimmed());
            a.bind(QStringLiteral(":r"), attendees.at(i).role.trimmed());
            if (const Status s = a.run(QStringLiteral("recording an attendee")); !s.ok())
                return s.problems();
        }
        auto m = load(id);
        if (!m.ok())
            return m;
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("board-create"),
                                                     QStringLiteral("board_meeting"), id, {}, boardMeetingJson(m.value()));
        if (!audited.ok())
            return audited.problems();
        return m;
    });
}

Result<BoardMeeting> Board::add(qint64 meetingId, const QString& recordNumber, const QString& question)
{
    if (question.trimmed().size() > maxQuestion)
        return Problems{wrong(QStringLiteral("question"), QStringLiteral("at most %1 characters").arg(maxQuestion))};
    return inWrite<BoardMeeting>(m_db, [&]() -> Result<BoardMeeting> {
        auto m = openMeeting(meetingId);
        if (!m.ok())
            return m;
        const auto patient = PatientRepository(m_db).byRecordNumber(recordNumber);
        if (!patient.ok())
            return patient.problems();
        if (!patient.value())
            return Problems{wrong(QStringLiteral("record"), QStringLiteral("no patient has record number %1").arg(recordNumber))};
        if (patient.value()->status != QLatin1String("active"))
            return Problems{wrong(QStringLiteral("record"),
                                  QStringLiteral("%1 is %2 (since %3); only active patients can be put on the board's "
                                                 "agenda")
                                      .arg(recordNumber, patient.value()->status,
                                           patient.value()->statusDate.toString(Qt::ISODate)))};
        for (const BoardCase& c : m.value().cases) {
            if (c.patientId == patient.value()->id)
                return Problems{wrong(QStringLiteral("record"), QStringLiteral("%1 is already case %2 of this meeting")
                                                                    .arg(recordNumber)
                                                                    .arg(c.position))};
        }
        const auto latest = AssessmentRepository(m_db).latest(patient.value()->id);
        if (!latest.ok())
            return latest.problems();
        if (!latest.value())
            return Problems{wrong(QStringLiteral("record"),
                                  QStringLiteral("%1 has no assessment yet; assess the case before the board").arg(recordNumber))};
        Sql q(m_db, QStringLiteral("INSERT INTO board_cases (meeting_id, position, patient_id, assessment_id, question)"
                                   " VALUES (:m, :p, :pat, :a, :q)"));
        q.bind(QStringLiteral(":m"), meetingId);
        const QString asked = question.trimmed();
        q.bind(QStringLiteral(":q"), asked.isNull() ? QString(QLatin1String("")) : asked);
        q.bind(QStringLiteral(":p"), static_cast<int>(m.value().cases.size() + 1));
        q.bind(QStringLiteral(":pat"), patient.value()->id);
        q.bind(QStringLiteral(":a"), latest.value()->id);
        if (const Status s = q.run(QStringLiteral("adding a case to the agenda")); !s.ok())
            return s.problems();
        auto after = load(meetingId);
        if (!after.ok())
            return after;
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("board-add"), QStringLiteral("board_meeting"), meetingId, {},
            QJsonObject{{QStringLiteral("record"), recordNumber},
                        {QStringLiteral("position"), static_cast<int>(after.value().cases.size())},
                        {QStringLiteral("assessmentId"), latest.value()->id},
                        {QStringLiteral("question"), question.trimmed()}});
        if (!audited.ok())
            return audited.problems();
        return after;
    });
}

Result<BoardMeeting> Board::add(qint64 meetingId, const QStringList& recordNumbers)
{
    if (recordNumbers.isEmpty())
        return Problems{wrong(QStringLiteral("record"), QStringLiteral("give at least one record number"))};
    return inWrite<BoardMeeting>(m_db, [&]() -> Result<BoardMeeting> {
        Result<BoardMeeting> last = Problems{};
        for (const QString& record : recordNumbers) {
            last = add(meetingId, record); // joins this transaction: a refusal rolls back every add
            if (!last.ok())
                return last;
        }
        return last;
    });
}

Result<BoardMeeting> Board::setQuestion(qint64 meetingId, int position, const QString& question)
{
    if (question.trimmed().size() > maxQuestion)
        return Problems{wrong(QStringLiteral("question"), QStringLiteral("at most %1 characters").arg(maxQuestion))};
    return inWrite<BoardMeeting>(m_db, [&]() -> Result<BoardMeeting> {
        auto m = openMeeting(meetingId);
        if (!m.ok())
            return m;
        const BoardCase* found = nullptr;
        for (const BoardCase& c : m.value().cases) {
            if (c.position == position)
                found = &c;
        }
        if (!found)
            return Problems{wrong(QStringLiteral("case"),
                                  QStringLiteral("%1 is not on the agenda of meeting %2").arg(position).arg(meetingId))};
        const QString asked = question.trimmed();
        Sql q(m_db, QStringLiteral("UPDATE board_cases SET question = :q WHERE id = :id"));
        q.bind(QStringLiteral(":q"), asked.isNull() ? QString(QLatin1String("")) : asked);
        q.bind(QStringLiteral(":id"), found->id);
        if (const Status s = q.run(QStringLiteral("recording the question")); !s.ok())
            return s.problems();
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("board-question"), QStringLiteral("board_case"), found->id,
            QJsonObject{{QStringLiteral("question"), found->question}},
            QJsonObject{{QStringLiteral("record"), found->recordNumber}, {QStringLiteral("question"), asked}});
        if (!audited.ok())
            return audited.problems();
        return load(meetingId);
    });
}

Result<BoardMeeting> Board::decide(qint64 meetingId, const QString& recordNumber, const QString& status,
                                   const QString& decision, const QStringList& chosen, const QStringList& startLines)
{
    return decideCase(
        meetingId, [&](const BoardCase& c) { return c.recordNumber == recordNumber; },
        QStringLiteral("record: %1").arg(recordNumber), status, decision, chosen, startLines);
}

Result<BoardMeeting> Board::decideAt(qint64 meetingId, int position, const QString& status, const QString& decision,
                                     const QStringList& chosen, const QStringList& startLines)
{
    return decideCase(
        meetingId, [&](const BoardCase& c) { return c.position == position; },
        QStringLiteral("case: %1").arg(position), status, decision, chosen, startLines);
}

Result<BoardMeeting> Board::decideCase(qint64 meetingId, const std::function<bool(const BoardCase&)>& which,
                                       const QString& whichText, const QString& status, const QString& decision,
                                       const QStringList& chosen, const QStringList& startLines)
{
    return inWrite<BoardMeeting>(m_db, [&]() -> Result<BoardMeeting> {
        auto m = openMeeting(meetingId);
        if (!m.ok())
            return m;
        const BoardCase* found = nullptr;
        for (const BoardCase& c : m.value().cases) {
            if (which(c))
                found = &c;
        }
        Problems problems;
        if (!found)
            problems << wrong(whichText.section(u':', 0, 0),
                              QStringLiteral("%1 is not on the agenda of meeting %2")
                                  .arg(whichText.section(u':', 1).trimmed())
                                  .arg(meetingId));
        if (!decisionStatuses().contains(status))
            problems << wrong(QStringLiteral("status"),
                              QStringLiteral("\"%1\" is not allowed; allowed: discussed, deferred").arg(status));
        if (status == QLatin1String("discussed") && decision.trimmed().isEmpty())
            problems << wrong(QStringLiteral("decision"), QStringLiteral("write the board's decision (free text)"));
        if (decision.size() > maxDecision)
            problems << wrong(QStringLiteral("decision"), QStringLiteral("at most %1 characters").arg(maxDecision));
        if (found) {
            // Chosen recommendations must be recommendations of the plan presented.
            const auto a = AssessmentRepository(m_db).forPatient(found->patientId, true);
            if (!a.ok())
                return a.problems();
            QStringList recommended;
            for (const AssessmentRecord& r : a.value()) {
                if (r.id != found->assessmentId)
                    continue;
                for (const QJsonValue& v : QJsonDocument::fromJson(r.planJson)
                                               .object()
                                               .value(QStringLiteral("recommendations"))
                                               .toArray())
                    recommended << v.toObject().value(QStringLiteral("therapy")).toString();
            }
            for (const QString& code : chosen) {
                if (!recommended.contains(code))
                    problems << wrong(QStringLiteral("chosen"),
                                      QStringLiteral("%1 is not a recommendation of the plan presented; allowed: %2")
                                          .arg(code, recommended.join(QStringLiteral(", "))));
            }
        }
        for (const QString& code : startLines) {
            if (!chosen.contains(code))
                problems << wrong(QStringLiteral("start"),
                                  QStringLiteral("%1 is not among the chosen recommendations; allowed: %2")
                                      .arg(code, chosen.isEmpty() ? QStringLiteral("none")
                                                                  : chosen.join(QStringLiteral(", "))));
            else if (!m_lineTherapies.isEmpty() && !m_lineTherapies.contains(code))
                problems << wrong(QStringLiteral("start"),
                                  QStringLiteral("%1 is not a therapy that a line can hold (a board, a palliative-care "
                                                 "referral or an examination is not a therapy line)")
                                      .arg(code));
        }
        if (!startLines.isEmpty() && status != QLatin1String("discussed"))
            problems << wrong(QStringLiteral("start"), QStringLiteral("a therapy line starts with a discussed case, "
                                                                      "not a deferred one"));
        if (!problems.isEmpty())
            return problems;
        const QDateTime now = m_clock.now();
        QJsonArray opened;
        if (!startLines.isEmpty()) {
            const auto patient = PatientRepository(m_db).byId(found->patientId);
            if (!patient.ok())
                return patient.problems();
            if (!patient.value() || patient.value()->status != QLatin1String("active"))
                return Problems{wrong(QStringLiteral("start"), QStringLiteral("%1 is no longer active; no therapy "
                                                                              "line can start")
                                                                   .arg(found->recordNumber))};
            const auto existing = TherapyLineRepository(m_db).forPatient(found->patientId);
            if (!existing.ok())
                return existing.problems();
            QStringList seen;
            for (const QString& code : startLines) {
                bool running = false;
                for (const TherapyLine& l : existing.value())
                    running = running || (l.therapy == code && l.running());
                if (running || seen.contains(code))
                    continue; // "continue SSA": the running line goes on
                seen << code;
                // The line starts on the day of the meeting (not after today).
                const QDate start = std::min(m.value().date, m_clock.today());
                const auto line = openTherapyLine(m_db, found->patientId, code, start,
                                                  QStringLiteral("board meeting %1").arg(meetingId), now, m_actor);
                if (!line.ok())
                    return line.problems();
                opened.append(line.value().id);
            }
        }
        QStringList unique;
        for (const QString& c : chosen) {
            if (!unique.contains(c))
                unique << c;
        }
        Sql q(m_db, QStringLiteral("UPDATE board_cases SET status = :s, decision = :d, chosen = :c, decided_at = :at,"
                                   " decided_by = :by WHERE id = :id"));
        q.bind(QStringLiteral(":s"), status);
        // Not NULL for "no text" (a deferred case): an empty text.
        const QString text = decision.trimmed();
        q.bind(QStringLiteral(":d"), text.isNull() ? QString(QLatin1String("")) : text);
        q.bind(QStringLiteral(":c"),
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(unique)).toJson(QJsonDocument::Compact)));
        q.bind(QStringLiteral(":at"), isoTime(now));
        q.bind(QStringLiteral(":by"), m_actor);
        q.bind(QStringLiteral(":id"), found->id);
        if (const Status s = q.run(QStringLiteral("recording the decision")); !s.ok())
            return s.problems();
        const QJsonObject before{{QStringLiteral("status"), found->status},
                                 {QStringLiteral("decision"), found->decision},
                                 {QStringLiteral("chosen"), QJsonArray::fromStringList(found->chosen)}};
        const QJsonObject after{{QStringLiteral("record"), found->recordNumber},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("decision"), decision.trimmed()},
                                {QStringLiteral("chosen"), QJsonArray::fromStringList(unique)},
                                {QStringLiteral("therapyLinesStarted"), opened}};
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("board-decide"),
                                                     QStringLiteral("board_case"), found->id, before, after);
        if (!audited.ok())
            return audited.problems();
        return load(meetingId);
    });
}

Result<BoardMeeting> Board::close(qint64 meetingId)
{
    return inWrite<BoardMeeting>(m_db, [&]() -> Result<BoardMeeting> {
        auto m = openMeeting(meetingId);
        if (!m.ok())
            return m;
        const QDateTime now = m_clock.now();
        Sql q(m_db, QStringLiteral("UPDATE board_meetings SET status = 'closed', closed_at = :at, closed_by = :by"
                                   " WHERE id = :id"));
        q.bind(QStringLiteral(":at"), isoTime(now));
        q.bind(QStringLiteral(":by"), m_actor);
        q.bind(QStringLiteral(":id"), meetingId);
        if (const Status s = q.run(QStringLiteral("closing the meeting")); !s.ok())
            return s.problems();
        auto after = load(meetingId);
        if (!after.ok())
            return after;
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("board-close"),
                                                     QStringLiteral("board_meeting"), meetingId,
                                                     boardMeetingJson(m.value()), boardMeetingJson(after.value()));
        if (!audited.ok())
            return audited.problems();
        return after;
    });
}

Result<BoardMeeting> Board::meeting(qint64 meetingId)
{
    std::optional<BoardMeeting> out;
    const Status s = m_db.read([&]() -> Status {
        auto m = load(meetingId);
        if (!m.ok())
            return m.problems();
        out = m.value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return *out;
}

// The meetings whose ids `q` selects, in its order, each with attendees and agenda.
Status Board::loadSelected(Sql& q, const QString& what, QList<BoardMeeting>& out)
{
    if (const Status st = q.run(what); !st.ok())
        return st;
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    for (qint64 id : ids) {
        auto m = load(id);
        if (!m.ok())
            return m.problems();
        out << m.value();
    }
    return Done{};
}

Result<QList<BoardMeeting>> Board::meetings(int limit)
{
    QList<BoardMeeting> out;
    const Status s = m_db.read([&]() -> Status {
        Sql q(m_db, QStringLiteral("SELECT id FROM board_meetings ORDER BY meeting_date DESC, id DESC LIMIT :n"));
        q.bind(QStringLiteral(":n"), limit);
        return loadSelected(q, QStringLiteral("listing board meetings"), out);
    });
    if (!s.ok())
        return s.problems();
    return out;
}

Result<QList<BoardDecision>> Board::decisionsFor(const QString& recordNumber)
{
    QList<BoardMeeting> meetings;
    const Status s = m_db.read([&]() -> Status {
        Sql q(m_db, QStringLiteral("SELECT c.meeting_id FROM board_cases c JOIN patients p ON p.id = c.patient_id"
                                   " JOIN board_meetings m ON m.id = c.meeting_id"
                                   " WHERE p.record_number = :r ORDER BY m.meeting_date DESC, m.id DESC"));
        q.bind(QStringLiteral(":r"), recordNumber);
        return loadSelected(q, QStringLiteral("reading board decisions"), meetings);
    });
    if (!s.ok())
        return s.problems();
    QList<BoardDecision> out;
    for (const BoardMeeting& m : meetings) {
        for (const BoardCase& c : m.cases) {
            if (c.recordNumber == recordNumber)
                out.append({m.id, m.date, m.title, m.status, c});
        }
    }
    return out;
}

} // namespace netdesk
