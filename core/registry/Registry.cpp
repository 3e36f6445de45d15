#include "core/registry/Registry.h"

#include "core/registry/Identity.h"

#include "core/followup/Scheduler.h"
#include "core/guideline/Engine.h"
#include "core/interop/PlanJson.h"
#include "core/io/SecureFile.h"
#include "core/model/CaseReader.h"
#include "core/model/Vocabulary.h"
#include "core/registry/AssessmentRepository.h"
#include "core/registry/AuditLog.h"
#include "core/registry/FollowUpRepository.h"
#include "core/registry/Identity.h"
#include "core/registry/Input.h"
#include "core/registry/LabTests.h"
#include "core/registry/TherapyLineRepository.h"
#include "core/registry/PatientRepository.h"
#include "core/registry/ResultRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>
#include <tuple>

namespace netdesk {

std::optional<QDate> registry::parseDate(const QString& text, const QString& field, const QDate& today,
                                        Problems& problems)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !d.isValid()) {
        problems << input(field,
                          QStringLiteral("\"%1\" is not a valid date; allowed: a calendar date YYYY-MM-DD").arg(text));
        return std::nullopt;
    }
    if (d > today) {
        problems << input(field, QStringLiteral("%1 is in the future; allowed: a date up to today (%2)")
                                     .arg(text, today.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return d;
}

namespace {

using registry::input;
using registry::parseDate;

// The result entered with an item (a lab value in an allowed unit with an optional upper limit of
// normal, or an imaging RECIST category with a note), checked against the item and the lab-tests
// data; problems name the option at fault and what is allowed.
std::optional<ResultRecord> parseResult(const FollowUpRecord& item, const DoneInput& in, const QDate& date,
                                        const LabTests& labs, Problems& problems)
{
    std::optional<ResultRecord> result;
    const bool imaging = item.kind == QLatin1String("imaging");
    const QString note = in.note.trimmed();
    if (note.size() > 2000)
        problems << input(QStringLiteral("note"), QStringLiteral("at most 2000 characters"));
    if (imaging) {
        const QString allowed = labs.responseCodes().join(QStringLiteral(", "));
        if (!in.result.isEmpty() || !in.unit.isEmpty() || !in.uln.isEmpty())
            problems << input(QStringLiteral("result"),
                              QStringLiteral("an imaging item takes --outcome %1 (RECIST 1.1), not a value")
                                  .arg(labs.responseCodes().join(u'|')));
        if (!in.outcome.isEmpty()) {
            // The first vocabulary stays accepted for scripts written for it; it is stored as it was.
            static const QStringList legacy{QStringLiteral("response"), QStringLiteral("stable"),
                                            QStringLiteral("progression")};
            ResultRecord r;
            r.patientId = item.patientId;
            r.followUpItemId = item.id;
            r.kind = QStringLiteral("IMAGING");
            r.resultDate = date;
            r.note = note;
            if (labs.responseCodes().contains(in.outcome))
                r.response = in.outcome;
            else if (legacy.contains(in.outcome))
                r.outcome = in.outcome;
            else
                problems << input(QStringLiteral("outcome"),
                                  QStringLiteral("\"%1\" is not allowed; allowed: %2 (RECIST 1.1)").arg(in.outcome, allowed));
            if (!r.response.isEmpty() || !r.outcome.isEmpty())
                result = r;
        } else if (!note.isEmpty()) {
            problems << input(QStringLiteral("note"), QStringLiteral("given without --outcome; a note belongs to an "
                                                                     "imaging result"));
        }
    } else {
        if (!in.outcome.isEmpty())
            problems << input(QStringLiteral("outcome"),
                              QStringLiteral("given for a labs item; an outcome is for imaging"));
        if (!in.result.isEmpty() || !in.unit.isEmpty() || !in.uln.isEmpty()) {
            bool isNumber = false;
            const double value = in.result.toDouble(&isNumber);
            if (in.result.isEmpty())
                problems << input(QStringLiteral("result"),
                                  QStringLiteral("missing; --unit or --uln was given without a value"));
            else if (!isNumber || value < 0 || !std::isfinite(value))
                problems << input(QStringLiteral("result"),
                                  QStringLiteral("\"%1\" is not allowed; allowed: a number ≥ 0").arg(in.result));
            const QString test = in.test.isEmpty() ? item.tests.value(0) : in.test;
            const LabTest* lab = labs.test(test);
            if (!item.tests.contains(test))
                problems << input(QStringLiteral("test"),
                                  QStringLiteral("\"%1\" is not a test of item %2; allowed: %3")
                                      .arg(test, QString::number(item.id), item.tests.join(QStringLiteral(", "))));
            else if (!lab)
                problems << input(QStringLiteral("test"),
                                  QStringLiteral("\"%1\" has no units in the lab-tests data; results cannot be stored")
                                      .arg(test));
            QString unit;
            if (lab) {
                const QString allowedUnits = lab->unitNames().join(QStringLiteral(", "));
                if (in.unit.trimmed().isEmpty()) {
                    problems << input(QStringLiteral("unit"),
                                      QStringLiteral("missing; a result needs its unit; allowed for %1: %2")
                                          .arg(lab->label.value(QStringLiteral("en"), test), allowedUnits));
                } else {
                    unit = lab->canonicalUnit(in.unit);
                    if (unit.isEmpty())
                        problems << input(QStringLiteral("unit"),
                                          QStringLiteral("'%1' is not allowed for %2; allowed: %3")
                                              .arg(in.unit.trimmed(), lab->label.value(QStringLiteral("en"), test),
                                                   allowedUnits));
                }
            }
            std::optional<double> uln;
            if (!in.uln.isEmpty()) {
                bool ulnNumber = false;
                const double u = in.uln.toDouble(&ulnNumber);
                if (!ulnNumber || u <= 0 || !std::isfinite(u))
                    problems << input(QStringLiteral("uln"),
                                      QStringLiteral("\"%1\" is not allowed; allowed: the upper limit of normal printed "
                                                     "on the report, a number > 0 in the result's unit")
                                          .arg(in.uln));
                else
                    uln = u;
            }
            if (problems.isEmpty()) {
                ResultRecord r;
                r.patientId = item.patientId;
                r.followUpItemId = item.id;
                r.kind = test;
                r.value = value;
                r.unit = unit;
                r.resultDate = date;
                r.uln = uln;
                r.note = note;
                result = r;
            }
        } else if (!note.isEmpty()) {
            problems << input(QStringLiteral("note"), QStringLiteral("given without a result"));
        }
    }
    return result;
}

QString resultAuditText(const ResultRecord& r)
{
    if (r.value)
        return QStringLiteral("%1 %2 %3").arg(r.kind, QString::number(*r.value), r.unit) +
               (r.uln ? QStringLiteral(" (ULN %1)").arg(*r.uln) : QString());
    return QStringLiteral("IMAGING %1").arg(r.response.isEmpty() ? r.outcome : r.response);
}

} // namespace

QJsonObject patientJson(const PatientRecord& p)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("recordNumber"), p.recordNumber},
                  {QStringLiteral("familyName"), p.familyName},
                  {QStringLiteral("givenName"), p.givenName},
                  {QStringLiteral("sex"), p.sex},
                  {QStringLiteral("status"), p.status}};
    if (p.birthDate.isValid())
        o.insert(QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate));
    if (p.statusDate.isValid())
        o.insert(QStringLiteral("statusDate"), p.statusDate.toString(Qt::ISODate));
    return o;
}

QJsonObject itemJson(const FollowUpRecord& f)
{
    QJsonObject o{{QStringLiteral("id"), f.id},
                  {QStringLiteral("patientId"), f.patientId},
                  {QStringLiteral("itemKey"), f.itemKey},
                  {QStringLiteral("kind"), f.kind},
                  {QStringLiteral("tests"), QJsonArray::fromStringList(f.tests)},
                  {QStringLiteral("intervalMonths"), f.intervalMonths},
                  {QStringLiteral("dueDate"), f.dueDate.toString(Qt::ISODate)},
                  {QStringLiteral("reason"), f.reason},
                  {QStringLiteral("protocol"), f.protocol},
                  {QStringLiteral("status"), f.status}};
    if (!f.notes.isEmpty())
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(f.notes.split(u'\n')));
    if (f.assessmentId > 0)
        o.insert(QStringLiteral("assessmentId"), f.assessmentId);
    if (f.doneDate.isValid())
        o.insert(QStringLiteral("doneDate"), f.doneDate.toString(Qt::ISODate));
    if (!f.cancelReason.isEmpty())
        o.insert(QStringLiteral("cancelReason"), f.cancelReason);
    return o;
}

Registry::Registry(Database& db, const Clock& clock, QString actor, KnowledgeBasePtr kb)
    : m_db(db)
    , m_clock(clock)
    , m_actor(std::move(actor))
    , m_kb(std::move(kb))
{
}

const QStringList& Registry::tables()
{
    static const QStringList names{QStringLiteral("patients"), QStringLiteral("assessments"),
                                   QStringLiteral("followup_items"), QStringLiteral("results"),
                                   QStringLiteral("board_meetings"), QStringLiteral("board_attendees"),
                                   QStringLiteral("board_cases"), QStringLiteral("therapy_lines"),
                                   QStringLiteral("audit_log")};
    return names;
}

Board Registry::board()
{
    Board b(m_db, m_clock, m_actor);
    if (m_kb) {
        QStringList codes;
        for (const QString& code : m_kb->therapyCodes) {
            if (lineKinds().contains(m_kb->therapies.value(code).kind))
                codes << code;
        }
        b.setLineTherapies(codes);
    }
    return b;
}

Result<PatientRecord> Registry::patientOrProblem(const QString& recordNumber)
{
    const auto found = PatientRepository(m_db).byRecordNumber(recordNumber);
    if (!found.ok())
        return found.problems();
    if (!found.value())
        return Problems{input(QStringLiteral("record"),
                              QStringLiteral("\"%1\" is not a record number of this registry").arg(recordNumber))};
    return *found.value();
}

Result<FollowUpRecord> Registry::itemOrProblem(qint64 itemId)
{
    const auto found = FollowUpRepository(m_db).byId(itemId);
    if (!found.ok())
        return found.problems();
    if (!found.value())
        return Problems{
            input(QStringLiteral("item"), QStringLiteral("%1 is not a follow-up item of this registry").arg(itemId))};
    return *found.value();
}

void Registry::checkIdentityFields(const NewPatient& in, PatientRecord& p, Problems& problems) const
{
    p.familyName = in.familyName.trimmed();
    p.givenName = in.givenName.trimmed();
    // Control characters, and the invisible marks that reorder or hide text (bidirectional overrides
    // and isolates, zero-width characters), could make one name look like another.
    static const QRegularExpression control(
        QStringLiteral("[\\x00-\\x1f\\x7f-\\x9f\\x{200b}-\\x{200f}\\x{202a}-\\x{202e}\\x{2066}-\\x{2069}\\x{feff}"
                       "\\x{fffd}]"));
    for (const auto& [field, value, what] :
         {std::tuple{QStringLiteral("family"), p.familyName, QStringLiteral("the family name")},
          std::tuple{QStringLiteral("given"), p.givenName, QStringLiteral("the given name")}}) {
        if (value.isEmpty())
            problems << input(field, QStringLiteral("missing; required, ") + what);
        else if (value.size() > 100 || value.contains(control))
            problems << input(field, QStringLiteral("\"%1\" is not allowed; allowed: 1–100 characters, no control, "
                                                    "direction-changing or invisible characters, valid UTF-8")
                                         .arg(QString(value.left(40)).remove(control)));
    }
    p.birthDate = QDate();
    if (!in.birthDate.isEmpty()) {
        if (const auto d = parseDate(in.birthDate, QStringLiteral("birth"), m_clock.today(), problems)) {
            if (d->year() < 1900)
                problems << input(
                    QStringLiteral("birth"),
                    QStringLiteral("%1 is not plausible; allowed: 1900-01-01 to today").arg(in.birthDate));
            else
                p.birthDate = *d;
        }
    }
    p.sex = in.sex.isEmpty() ? QStringLiteral("unknown") : in.sex;
    if (!vocab::sexes().contains(p.sex))
        problems << input(
            QStringLiteral("sex"),
            QStringLiteral("\"%1\" is not allowed; allowed: %2").arg(p.sex, vocab::sexes().join(QStringLiteral(", "))));
}

Result<PatientRecord> Registry::addPatientIn(const NewPatient& in)
{
    Problems problems;
    PatientRecord p;
    p.recordNumber = in.recordNumber.trimmed();
    static const QRegularExpression recordPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$"));
    if (p.recordNumber.isEmpty())
        problems << input(QStringLiteral("record"), QStringLiteral("missing; required, the clinic's record number"));
    else if (!recordPattern.match(p.recordNumber).hasMatch())
        problems << input(
            QStringLiteral("record"),
            QStringLiteral("\"%1\" is not allowed; allowed: 1–64 letters, digits and . _ / -").arg(p.recordNumber));
    checkIdentityFields(in, p, problems);
    if (problems.isEmpty()) {
        const auto existing = PatientRepository(m_db).byRecordNumber(p.recordNumber);
        if (!existing.ok())
            return existing.problems();
        if (existing.value())
            problems << input(QStringLiteral("record"),
                              QStringLiteral("\"%1\" is already registered as %4 (%2 %3); record numbers do not "
                                             "differ by letter case")
                                  .arg(p.recordNumber, existing.value()->givenName, existing.value()->familyName,
                                       existing.value()->recordNumber));
    }
    if (!problems.isEmpty())
        return problems;
    p.createdAt = m_clock.now();
    const auto id = PatientRepository(m_db).add(p);
    if (!id.ok())
        return id.problems();
    p.id = id.value();
    const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("add-patient"),
                                                 QStringLiteral("patient"), p.id, {}, patientJson(p));
    if (!audited.ok())
        return audited.problems();
    return p;
}

Result<PatientRecord> Registry::addPatient(const NewPatient& patient)
{
    return inWrite<PatientRecord>(m_db, [&] { return addPatientIn(patient); });
}

Result<AssessOutcome> Registry::addAndAssess(const NewPatient& patient, const QByteArray& caseJson,
                                            const QString& protocol)
{
    return inWrite<AssessOutcome>(m_db, [&]() -> Result<AssessOutcome> {
        const auto added = addPatientIn(patient);
        if (!added.ok())
            return added.problems();
        return assessIn(added.value(), caseJson, protocol, m_clock.today());
    });
}

Result<std::optional<PatientRecord>> Registry::patient(const QString& recordNumber)
{
    return PatientRepository(m_db).byRecordNumber(recordNumber);
}

Result<AssessOutcome> Registry::assessIn(const PatientRecord& patient, const QByteArray& caseJson,
                                         const QString& protocol, const QDate& today)
{
    if (patient.status != QLatin1String("active"))
        return Problems{
            input(QStringLiteral("record"),
                  QStringLiteral("%1 is %2 (since %3); assessments are for active patients")
                      .arg(patient.recordNumber, patient.status, patient.statusDate.toString(Qt::ISODate)))};
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(caseJson, &error);
    QJsonObject caseObject = doc.object();
    // The registry knows the patient: a case that names someone else is refused (identity.h), and
    // the stored case carries the registry's identity.
    if (error.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonValue identity = caseObject.value(QStringLiteral("patient"));
        if (identity.isObject()) {
            const Problems conflicts = identityConflicts(patient, identityClaimFromCase(identity.toObject()));
            if (!conflicts.isEmpty())
                return conflicts;
        }
        if (identity.isObject() || identity.isUndefined()) {
            caseObject.insert(QStringLiteral("patient"), identityCompleted(patient, identity.toObject()));
            doc.setObject(caseObject);
        }
    }
    const QByteArray storedCase = doc.isObject() ? doc.toJson(QJsonDocument::Compact) : caseJson;
    const auto c = CaseReader::read(storedCase, {today, {}});
    if (!c.ok())
        return c.problems();
    const auto planned = Engine(m_kb).plan(c.value(), {protocol, QString()});
    if (!planned.ok()) {
        Problems problems = planned.problems();
        for (Problem& p : problems)
            p.failure = false;
        return problems;
    }
    AssessOutcome out;
    out.plan = planned.value();
    AssessmentRecord& a = out.assessment;
    a.patientId = patient.id;
    a.assessmentDate = c.value().assessmentDate;
    a.createdAt = m_clock.now();
    a.author = m_actor;
    a.protocol = out.plan.protocol;
    a.kbId = out.plan.kbId;
    a.kbVersion = out.plan.kbVersion;
    a.kbSha256 = out.plan.kbSha256;
    a.category = out.plan.classification.category;
    a.caseJson = storedCase;
    a.planJson = planToJson(out.plan);
    const auto id = AssessmentRepository(m_db).add(a);
    if (!id.ok())
        return id.problems();
    a.id = id.value();

    FollowUpRepository items(m_db);
    const auto open = items.openForPatient(patient.id);
    if (!open.ok())
        return open.problems();
    for (const FollowUpRecord& f : open.value()) {
        const Status s = items.cancel(f.id, QStringLiteral("superseded by assessment %1").arg(a.id));
        if (!s.ok())
            return s.problems();
        ++out.cancelled;
    }
    const auto lastDone = items.lastDoneDates(patient.id);
    if (!lastDone.ok())
        return lastDone.problems();
    QJsonArray scheduledIds;
    for (const ScheduledItem& s : scheduleFromPlan(out.plan, lastDone.value())) {
        FollowUpRecord f;
        f.patientId = patient.id;
        f.assessmentId = a.id;
        f.itemKey = s.itemKey;
        f.kind = s.kind;
        f.tests = s.tests;
        f.intervalMonths = s.intervalMonths;
        f.periods = periodsToText(s.periods);
        f.courseStart = s.periods.isEmpty() ? QDate() : s.courseStart;
        f.dueDate = s.dueDate;
        f.reason = s.reason;
        f.notes = s.notes;
        f.protocol = s.protocol;
        const auto itemId = items.add(f, a.createdAt);
        if (!itemId.ok())
            return itemId.problems();
        f.id = itemId.value();
        scheduledIds.append(f.id);
        out.scheduled << f;
    }
    const QJsonObject after{{QStringLiteral("assessmentId"), a.id},
                            {QStringLiteral("category"), a.category},
                            {QStringLiteral("protocol"), a.protocol},
                            {QStringLiteral("knowledgeBase"), QString(a.kbId + u' ' + a.kbVersion + u' ' + a.kbSha256)},
                            {QStringLiteral("scheduledItems"), scheduledIds},
                            {QStringLiteral("cancelledItems"), out.cancelled}};
    const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("assess"),
                                                 QStringLiteral("assessment"), a.id, {}, after);
    if (!audited.ok())
        return audited.problems();
    return out;
}

Result<AssessOutcome> Registry::assess(const QString& recordNumber, const QByteArray& caseJson, const QString& protocol)
{
    return inWrite<AssessOutcome>(m_db, [&]() -> Result<AssessOutcome> {
        const auto patient = patientOrProblem(recordNumber);
        if (!patient.ok())
            return patient.problems();
        return assessIn(patient.value(), caseJson, protocol, m_clock.today());
    });
}

Result<PatientHistory> Registry::history(const QString& recordNumber)
{
    PatientHistory h;
    const Status s = m_db.read([&]() -> Status {
        const auto patient = patientOrProblem(recordNumber);
        if (!patient.ok())
            return patient.problems();
        h.patient = patient.value();
        const auto assessments = AssessmentRepository(m_db).forPatient(h.patient.id);
        const auto items = FollowUpRepository(m_db).forPatient(h.patient.id);
        const auto results = ResultRepository(m_db).forPatient(h.patient.id);
        const auto lines = TherapyLineRepository(m_db).forPatient(h.patient.id);
        for (const Problems& p : {assessments.problems(), items.problems(), results.problems(), lines.problems()}) {
            if (!p.isEmpty())
                return p;
        }
        h.assessments = assessments.value();
        h.items = items.value();
        h.results = results.value();
        h.therapyLines = lines.value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return h;
}

Result<std::optional<AssessmentRecord>> Registry::latestAssessment(const QString& recordNumber)
{
    const auto patient = patientOrProblem(recordNumber);
    if (!patient.ok())
        return patient.problems();
    return AssessmentRepository(m_db).latest(patient.value().id);
}

Result<QJsonObject> Registry::latestCase(const QString& recordNumber)
{
    const auto latest = latestAssessment(recordNumber);
    if (!latest.ok())
        return latest.problems();
    return latest.value() ? QJsonDocument::fromJson(latest.value()->caseJson).object() : QJsonObject();
}

Result<QJsonObject> Registry::latestPlan(const QString& recordNumber)
{
    const auto latest = latestAssessment(recordNumber);
    if (!latest.ok())
        return latest.problems();
    return latest.value() ? QJsonDocument::fromJson(latest.value()->planJson).object() : QJsonObject();
}

Result<QJsonObject> Registry::latestPlanIn(const QString& recordNumber, const QString& language)
{
    const auto latest = latestAssessment(recordNumber);
    if (!latest.ok())
        return latest.problems();
    if (!latest.value())
        return Problems{input(QStringLiteral("record"), QStringLiteral("%1 has no assessment yet").arg(recordNumber))};
    const AssessmentRecord& a = *latest.value();
    const QJsonObject stored = QJsonDocument::fromJson(a.planJson).object();
    if (stored.value(QStringLiteral("language")).toString() == language)
        return stored;
    if (!m_kb->languages.contains(language))
        return Problems{input(QStringLiteral("lang"), QStringLiteral("'%1' is not available; allowed: %2")
                                                          .arg(language, m_kb->languages.join(QStringLiteral(", "))))};
    if (a.kbSha256 != m_kb->sha256)
        return Problems{input(QStringLiteral("lang"),
                              QStringLiteral("the assessment of %1 was planned with knowledge base version %2 "
                                             "(SHA-256 %3…), not the installed %4: its texts are available in '%5' only; "
                                             "print in that language or assess again")
                                  .arg(a.assessmentDate.toString(Qt::ISODate), a.kbVersion, a.kbSha256.left(12),
                                       m_kb->version, stored.value(QStringLiteral("language")).toString()))};
    const auto c = CaseReader::read(a.caseJson, {a.assessmentDate, {}});
    if (!c.ok())
        return c.problems();
    const auto planned = Engine(m_kb).plan(c.value(), {a.protocol, language});
    if (!planned.ok())
        return planned.problems();
    return planToJsonObject(planned.value());
}

Result<Page<PatientRecord>> Registry::list(const QString& search, int limit)
{
    return PatientRepository(m_db).search(search, limit);
}

Result<Page<ReminderRow>> Registry::due(int withinDays, int limit)
{
    if (withinDays < 0 || withinDays > 3660)
        return Problems{
            input(QStringLiteral("within"), QStringLiteral("%1 is out of range 0–3660 days").arg(withinDays))};
    const QDate today = m_clock.today();
    return FollowUpRepository(m_db).dueBetween(today, today.addDays(withinDays), limit);
}

Result<Page<ReminderRow>> Registry::overdue(int limit)
{
    return FollowUpRepository(m_db).overdue(m_clock.today(), limit);
}

Result<DoneOutcome> Registry::markDoneIn(const FollowUpRecord& item, const QDate& date,
                                         const std::optional<ResultRecord>& result, const QDateTime& at)
{
    FollowUpRepository items(m_db);
    Status s = items.markDone(item.id, date);
    if (!s.ok())
        return s.problems();
    DoneOutcome out;
    out.done = item;
    out.done.status = QStringLiteral("done");
    out.done.doneDate = date;
    // The item itself is in followup_items; the log keeps what changed.
    QJsonObject after{{QStringLiteral("status"), out.done.status},
                      {QStringLiteral("doneDate"), date.toString(Qt::ISODate)}};
    if (result) {
        ResultRecord r = *result;
        const auto id = ResultRepository(m_db).add(r, at);
        if (!id.ok())
            return id.problems();
        r.id = id.value();
        out.result = r;
        after.insert(QStringLiteral("resultId"), r.id);
        after.insert(QStringLiteral("result"), resultAuditText(r));
    }
    const auto patient = PatientRepository(m_db).byId(item.patientId);
    if (!patient.ok())
        return patient.problems();
    // The next due date counts from the date the test was actually done, at the interval of the
    // course's current period; a course that has run its length (ten years after resection) ends.
    const auto due = nextDue(item.intervalMonths, periodsFromText(item.periods), item.courseStart, date);
    if (patient.value() && patient.value()->status == QLatin1String("active") && due) {
        FollowUpRecord next = item;
        next.id = 0;
        next.status = QStringLiteral("scheduled");
        next.doneDate = QDate();
        next.dueDate = due->date;
        next.intervalMonths = due->intervalMonths;
        const auto id = items.add(next, at);
        if (!id.ok())
            return id.problems();
        next.id = id.value();
        out.next = next;
        after.insert(QStringLiteral("nextItemId"), next.id);
    }
    s = AuditLog(m_db).append(m_actor, QStringLiteral("done"), QStringLiteral("followup_item"), item.id,
                              itemJson(item), after);
    if (!s.ok())
        return s.problems();
    return out;
}

Result<DoneOutcome> Registry::markDone(const DoneInput& in)
{
    std::optional<DoneOutcome> out;
    const Status s = m_db.write([&]() -> Status {
        const auto found = itemOrProblem(in.itemId);
        if (!found.ok())
            return found.problems();
        const FollowUpRecord item = found.value();
        Problems problems;
        if (item.status != QLatin1String("scheduled"))
            problems << input(QStringLiteral("item"),
                              QStringLiteral("%1 is already %2%3; only scheduled items can be done")
                                  .arg(QString::number(item.id), item.status,
                                       item.doneDate.isValid()
                                           ? QStringLiteral(" on ") + item.doneDate.toString(Qt::ISODate)
                                           : QString()));
        QDate date = m_clock.today();
        if (!in.date.isEmpty()) {
            if (const auto d = parseDate(in.date, QStringLiteral("date"), m_clock.today(), problems))
                date = *d;
        }
        if (problems.isEmpty()) {
            // Not before the assessment that scheduled the item.
            Sql assessed(m_db, QStringLiteral("SELECT assessment_date FROM assessments WHERE id = :id"));
            assessed.bind(QStringLiteral(":id"), item.assessmentId);
            const Status st = assessed.run(QStringLiteral("reading the assessment date"));
            if (!st.ok())
                return st;
            const QDate since =
                assessed.next() ? QDate::fromString(assessed.value(0).toString(), Qt::ISODate) : QDate();
            if (since.isValid() && date < since)
                problems << input(QStringLiteral("date"),
                                  QStringLiteral("%1 is before the assessment of %2 that scheduled this item; "
                                                 "allowed: %2 to today")
                                      .arg(date.toString(Qt::ISODate), since.toString(Qt::ISODate)));
        }
        const auto labs = LabTests::embedded();
        if (!labs.ok())
            return labs.problems();
        const std::optional<ResultRecord> result = parseResult(item, in, date, *labs.value(), problems);
        if (!problems.isEmpty())
            return problems;
        auto done = markDoneIn(item, date, result, m_clock.now());
        if (!done.ok())
            return done.problems();
        out = done.value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return *out;
}

Result<ResultRecord> Registry::addResult(const DoneInput& in)
{
    return inWrite<ResultRecord>(m_db, [&]() -> Result<ResultRecord> {
        const auto found = itemOrProblem(in.itemId);
        if (!found.ok())
            return found.problems();
        const FollowUpRecord& item = found.value();
        if (item.status != QLatin1String("done"))
            return Problems{
                input(QStringLiteral("item"), QStringLiteral("%1 is %2; results are added to done items (mark it done "
                                                             "first, with its first result)")
                                                  .arg(QString::number(item.id), item.status))};
        Problems problems;
        QDate date = item.doneDate;
        if (!in.date.isEmpty()) {
            if (const auto d = parseDate(in.date, QStringLiteral("date"), m_clock.today(), problems))
                date = *d;
        }
        if (in.result.isEmpty() && in.outcome.isEmpty())
            problems << input(QStringLiteral("result"),
                              QStringLiteral("missing; give --result VALUE --unit U (or --outcome for imaging)"));
        const auto labs = LabTests::embedded();
        if (!labs.ok())
            return labs.problems();
        const std::optional<ResultRecord> result = parseResult(item, in, date, *labs.value(), problems);
        if (!problems.isEmpty())
            return problems;
        ResultRecord r = *result;
        const QDateTime at = m_clock.now();
        const auto id = ResultRepository(m_db).add(r, at);
        if (!id.ok())
            return id.problems();
        r.id = id.value();
        const QJsonObject after{{QStringLiteral("itemId"), item.id},
                                {QStringLiteral("result"), resultAuditText(r)},
                                {QStringLiteral("date"), r.resultDate.toString(Qt::ISODate)}};
        const Status audited =
            AuditLog(m_db).append(m_actor, QStringLiteral("result"), QStringLiteral("result"), r.id, {}, after);
        if (!audited.ok())
            return audited.problems();
        return r;
    });
}

Result<FollowUpRecord> Registry::cancel(qint64 itemId, const QString& reason)
{
    std::optional<FollowUpRecord> out;
    const Status s = m_db.write([&]() -> Status {
        if (reason.trimmed().isEmpty())
            return Problems{
                input(QStringLiteral("reason"), QStringLiteral("missing; a cancelled item needs its reason"))};
        const auto found = itemOrProblem(itemId);
        if (!found.ok())
            return found.problems();
        if (found.value().status != QLatin1String("scheduled"))
            return Problems{
                input(QStringLiteral("item"), QStringLiteral("%1 is already %2; only scheduled items can be cancelled")
                                                  .arg(QString::number(itemId), found.value().status))};
        Status st = FollowUpRepository(m_db).cancel(itemId, reason.trimmed());
        if (!st.ok())
            return st;
        FollowUpRecord after = found.value();
        after.status = QStringLiteral("cancelled");
        after.cancelReason = reason.trimmed();
        st = AuditLog(m_db).append(m_actor, QStringLiteral("cancel"), QStringLiteral("followup_item"),
                                   itemId, itemJson(found.value()), itemJson(after));
        if (!st.ok())
            return st;
        out = after;
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return *out;
}

Result<PatientRecord> Registry::setStatusIn(const QString& recordNumber, const QString& newStatus,
                                            const QString& dateText, const QDateTime& at)
{
    Problems problems;
    if (newStatus != QLatin1String("deceased") && newStatus != QLatin1String("transferred"))
        problems << input(QStringLiteral("status"),
                          QStringLiteral("\"%1\" is not allowed; allowed: deceased, transferred").arg(newStatus));
    std::optional<QDate> date;
    if (dateText.isEmpty())
        problems << input(QStringLiteral("date"),
                          QStringLiteral("missing; required, the date of death or transfer (YYYY-MM-DD)"));
    else
        date = parseDate(dateText, QStringLiteral("date"), m_clock.today(), problems);
    const auto patient = patientOrProblem(recordNumber);
    if (!patient.ok())
        problems << patient.problems();
    if (!problems.isEmpty())
        return problems;
    PatientRecord after = patient.value();
    if (after.birthDate.isValid() && *date < after.birthDate)
        return Problems{input(
            QStringLiteral("date"),
            QStringLiteral("%1 is before the birth date %2").arg(dateText, after.birthDate.toString(Qt::ISODate)))};
    if (after.status != QLatin1String("active"))
        return Problems{
            input(QStringLiteral("record"), QStringLiteral("%1 is already %2").arg(recordNumber, after.status))};
    after.status = newStatus;
    after.statusDate = *date;
    Status st = PatientRepository(m_db).setStatus(after.id, newStatus, *date);
    if (!st.ok())
        return st.problems();
    FollowUpRepository items(m_db);
    const auto open = items.openForPatient(after.id);
    if (!open.ok())
        return open.problems();
    for (const FollowUpRecord& f : open.value()) {
        st = items.cancel(f.id, QStringLiteral("patient %1 on %2").arg(newStatus, date->toString(Qt::ISODate)));
        if (!st.ok())
            return st.problems();
    }
    QJsonObject afterJson = patientJson(after);
    afterJson.insert(QStringLiteral("cancelledItems"), static_cast<qint64>(open.value().size()));
    st = AuditLog(m_db).append(m_actor, QStringLiteral("set-status"), QStringLiteral("patient"), after.id,
                               patientJson(patient.value()), afterJson);
    if (!st.ok())
        return st.problems();
    return after;
}

Result<PatientRecord> Registry::setStatus(const QString& recordNumber, const QString& newStatus,
                                          const QString& dateText)
{
    return inWrite<PatientRecord>(m_db, [&] { return setStatusIn(recordNumber, newStatus, dateText, m_clock.now()); });
}

Result<PatientRecord> Registry::setIdentity(const QString& recordNumber, const IdentityChange& change)
{
    return inWrite<PatientRecord>(m_db, [&]() -> Result<PatientRecord> {
        const auto patient = patientOrProblem(recordNumber);
        if (!patient.ok())
            return patient.problems();
        const PatientRecord before = patient.value();
        NewPatient wanted{before.recordNumber, change.familyName.value_or(before.familyName),
                          change.givenName.value_or(before.givenName),
                          change.birthDate.value_or(before.birthDate.isValid() ? before.birthDate.toString(Qt::ISODate)
                                                                               : QString()),
                          change.sex.value_or(before.sex)};
        PatientRecord after = before;
        Problems problems;
        checkIdentityFields(wanted, after, problems);
        static const QRegularExpression control(QStringLiteral("[\\x00-\\x1f\\x7f]"));
        const QString reason = change.reason.trimmed();
        if (reason.isEmpty())
            problems << input(QStringLiteral("reason"),
                              QStringLiteral("missing; required, why the registry's identity is corrected"));
        else if (reason.size() > 500 || reason.contains(control))
            problems << input(QStringLiteral("reason"),
                              QStringLiteral("not allowed; allowed: one line of 1–500 characters"));
        if (!problems.isEmpty())
            return problems;
        if (after.familyName == before.familyName && after.givenName == before.givenName &&
            after.birthDate == before.birthDate && after.sex == before.sex)
            return Problems{input(QStringLiteral("identity"),
                                  QStringLiteral("nothing to change: %1 already has these values").arg(recordNumber))};
        const Status st = PatientRepository(m_db).setIdentity(after);
        if (!st.ok())
            return st.problems();
        QJsonObject afterJson = patientJson(after);
        afterJson.insert(QStringLiteral("reason"), reason);
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("set-identity"),
                                                     QStringLiteral("patient"), after.id, patientJson(before),
                                                     afterJson);
        if (!audited.ok())
            return audited.problems();
        return after;
    });
}

Result<QMap<QString, qint64>> Registry::rowCounts(Database& db)
{
    QMap<QString, qint64> counts;
    for (const QString& table : tables()) {
        Sql q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
        const Status s = q.run(QStringLiteral("counting ") + table);
        if (!s.ok())
            return s.problems();
        counts.insert(table, q.next() ? q.value(0).toLongLong() : 0);
    }
    return counts;
}

Result<VerifyReport> Registry::verify()
{
    VerifyReport report;
    Problems problems;
    const Status s = m_db.read([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
            return Problems{failure(QStringLiteral("integrity"), q.lastError().text())};
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("ok"))
                problems << failure(QStringLiteral("integrity"), q.value(0).toString());
        }
        if (q.exec(QStringLiteral("PRAGMA foreign_key_check")) && q.next())
            problems << failure(QStringLiteral("foreign keys"),
                                QStringLiteral("table %1 row %2 points to a missing %3")
                                    .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
        // Reminders rely on it: scheduled items belong to active patients only.
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM followup_items f JOIN patients p ON p.id = f.patient_id WHERE "
                                  "f.status = 'scheduled' AND p.status <> 'active'")) &&
            q.next() && q.value(0).toLongLong() > 0)
            problems << failure(QStringLiteral("follow-up"), QStringLiteral("%1 scheduled items belong to deceased or "
                                                                            "transferred patients")
                                                                 .arg(q.value(0).toLongLong()));
        const auto audit = AuditLog(m_db).verify();
        if (!audit.ok()) {
            for (Problem p : audit.problems()) {
                p.failure = true;
                problems << p;
            }
        } else {
            report.auditEntries = audit.value();
        }
        const auto counts = rowCounts(m_db);
        if (!counts.ok())
            return counts.problems();
        report.rowCounts = counts.value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    if (!problems.isEmpty())
        return problems;
    return report;
}

Result<VerifyReport> Registry::backup(const QString& file)
{
    const QFileInfo info(file);
    if (info.isSymLink()) // also a dangling one: the copy would land wherever it points
        return Problems{input(QStringLiteral("file"), QStringLiteral("%1 is a symbolic link; refused (a backup is "
                                                                     "never written through a link)")
                                                          .arg(file))};
    if (info.exists())
        return Problems{
            input(QStringLiteral("file"), QStringLiteral("%1 exists; a backup never overwrites a file").arg(file))};
    if (!info.absoluteDir().exists())
        return Problems{
            input(QStringLiteral("file"), QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()))};
    const QString target = info.absoluteFilePath();
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial); // a copy left by a killed backup is never trusted
    // Owner-only from the first byte whatever the umask, never through a link: VACUUM INTO accepts an
    // existing empty file.
    if (const Problems created = createConfidentialFile(partial); !created.isEmpty())
        return created;

    // A second connection holds the write lock while the copy is taken: writers wait, readers do
    // not, and the counts compared below are the very state that was copied.
    auto opened = Database::openExisting(m_db.path());
    if (!opened.ok()) {
        QFile::remove(partial);
        return opened.problems();
    }
    std::unique_ptr<Database> lock = std::move(opened).value();
    VerifyReport copyReport;
    const Status copied = lock->write([&]() -> Status {
        const auto expected = rowCounts(*lock);
        if (!expected.ok())
            return expected.problems();
        const Status s =
            m_db.exec(QStringLiteral("VACUUM INTO '%1'").arg(QString(partial).replace(u'\'', QStringLiteral("''"))));
        if (!s.ok()) // a full disk or a read-only folder in words
            return Problems{diagnoseRegistryFailure(partial, s.problems().value(0).message,
                                                    s.problems().value(0).message)};
        if (const Problems synced = syncFile(partial); !synced.isEmpty())
            return synced;
        // Verify the copy as a restore would: it opens, integrity_check and the audit chain pass,
        // and it holds the rows the registry held.
        const auto copy = Database::open(partial);
        if (!copy.ok())
            return copy.problems();
        Registry restored(*copy.value(), m_clock, m_actor, m_kb);
        const auto checked = restored.verify();
        if (!checked.ok())
            return checked.problems();
        copyReport = checked.value();
        Problems problems;
        for (const QString& table : tables()) {
            if (copyReport.rowCounts.value(table) != expected.value().value(table))
                problems << failure(QStringLiteral("backup"),
                                    QStringLiteral("%1 has %2 rows in the copy but %3 in the registry")
                                        .arg(table)
                                        .arg(copyReport.rowCounts.value(table))
                                        .arg(expected.value().value(table)));
        }
        if (!problems.isEmpty())
            return problems;
        return Done{};
    });
    lock.reset();
    if (!copied.ok() || !QFile::rename(partial, target) || !syncFolder(info.absolutePath()).isEmpty()) {
        QFile::remove(partial);
        if (copied.ok())
            return Problems{
                failure(QStringLiteral("file"), QStringLiteral("cannot rename the verified copy to %1").arg(target))};
        return copied.problems();
    }
    QJsonObject after{{QStringLiteral("file"), target}};
    for (auto it = copyReport.rowCounts.cbegin(); it != copyReport.rowCounts.cend(); ++it)
        after.insert(it.key(), it.value());
    const Status s = m_db.write([&]() {
        return AuditLog(m_db).append(m_actor, QStringLiteral("backup"), QStringLiteral("registry"), 0,
                                     {}, after);
    });
    if (!s.ok())
        return s.problems();
    return copyReport;
}

} // namespace netdesk
