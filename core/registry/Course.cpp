// Registry: the course of the disease (schema v3). Therapy lines, and the review flags that say
// when a patient needs a new assessment. The flags are computed from the stored data each time (never
// stored): a new assessment answers them by moving the date they are compared with.
#include "core/registry/Registry.h"

#include "core/registry/AuditLog.h"
#include "core/registry/Input.h"
#include "core/registry/LabTests.h"
#include "core/registry/PatientRepository.h"
#include "core/registry/TherapyLineRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace netdesk {

using registry::input;
using registry::parseDate;

namespace {

QString fill(QString text, const QHash<QString, QString>& values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(u'{' + it.key() + u'}', it.value());
    return text;
}

QString number(double v)
{
    return QString::number(v, 'g', 10);
}

// Whole months from `from` to `to`.
int monthsBetween(const QDate& from, const QDate& to)
{
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

int planAgeMonthsFor(const CourseRule& rule, const QString& protocol)
{
    return rule.months.value(protocol, rule.defaultMonths);
}

} // namespace

const QStringList& Registry::stopReasons()
{
    static const QStringList reasons{QStringLiteral("progression"), QStringLiteral("toxicity"),
                                     QStringLiteral("completed"),   QStringLiteral("patient_choice"),
                                     QStringLiteral("death"),       QStringLiteral("other")};
    return reasons;
}

const QStringList& Registry::recistResponses()
{
    static const QStringList codes{QStringLiteral("CR"), QStringLiteral("PR"), QStringLiteral("SD"),
                                   QStringLiteral("PD"), QStringLiteral("NE")};
    return codes;
}

const QStringList& Registry::lineKinds()
{
    static const QStringList kinds{QStringLiteral("antitumour"), QStringLiteral("symptomatic"),
                                   QStringLiteral("procedure")};
    return kinds;
}

QJsonObject reviewFlagJson(const ReviewFlag& f)
{
    return QJsonObject{{QStringLiteral("rule"), f.rule},
                       {QStringLiteral("kind"), f.kind},
                       {QStringLiteral("date"), f.date.toString(Qt::ISODate)},
                       {QStringLiteral("text"), f.text},
                       {QStringLiteral("evidence"), QJsonArray::fromStringList(f.evidence)},
                       {QStringLiteral("review"), f.review}};
}

Result<CourseReviewPtr> Registry::courseReview()
{
    if (m_courseReview)
        return m_courseReview;
    auto loaded = CourseReview::loadEmbedded(*m_kb);
    if (!loaded.ok()) {
        Problems problems = loaded.problems();
        for (Problem& p : problems) {
            p.where = QStringLiteral("course-review.json: ") + p.where;
            p.failure = true;
        }
        return problems;
    }
    m_courseReview = loaded.value();
    return m_courseReview;
}

Result<TherapyLine> Registry::startTherapy(const TherapyStartInput& in)
{
    return inWrite<TherapyLine>(m_db, [&]() -> Result<TherapyLine> {
        Problems problems;
        const auto patient = patientOrProblem(in.recordNumber);
        if (!patient.ok())
            problems << patient.problems();
        QStringList allowed;
        for (const QString& code : m_kb->therapyCodes) {
            if (lineKinds().contains(m_kb->therapies.value(code).kind))
                allowed << code;
        }
        if (in.therapy.isEmpty())
            problems << input(QStringLiteral("therapy"),
                              QStringLiteral("missing; allowed: %1").arg(allowed.join(QStringLiteral(", "))));
        else if (!allowed.contains(in.therapy))
            problems << input(
                QStringLiteral("therapy"),
                QStringLiteral("'%1' is not allowed; allowed: %2").arg(in.therapy, allowed.join(QStringLiteral(", "))));
        QDate start = m_clock.today();
        if (!in.date.isEmpty()) {
            if (const auto d = parseDate(in.date, QStringLiteral("date"), m_clock.today(), problems))
                start = *d;
        }
        if (in.note.size() > 2000)
            problems << input(QStringLiteral("note"), QStringLiteral("at most 2000 characters"));
        if (!problems.isEmpty())
            return problems;
        const PatientRecord& p = patient.value();
        if (p.status != QLatin1String("active"))
            return Problems{input(QStringLiteral("record"),
                                  QStringLiteral("%1 is %2 (since %3); therapy lines start for active patients only")
                                      .arg(p.recordNumber, p.status, p.statusDate.toString(Qt::ISODate)))};
        if (p.birthDate.isValid() && start < p.birthDate)
            return Problems{input(
                QStringLiteral("date"),
                QStringLiteral("%1 is before the birth date %2").arg(in.date, p.birthDate.toString(Qt::ISODate)))};
        return openTherapyLine(m_db, p.id, in.therapy, start, in.note, m_clock.now(), m_actor);
    });
}

Result<TherapyLine> Registry::stopTherapy(const TherapyStopInput& in)
{
    return inWrite<TherapyLine>(m_db, [&]() -> Result<TherapyLine> {
        Problems problems;
        const auto patient = patientOrProblem(in.recordNumber);
        if (!patient.ok())
            return patient.problems();
        TherapyLineRepository lines(m_db);
        std::optional<TherapyLine> line;
        if (in.lineId > 0) {
            const auto found = lines.byId(in.lineId);
            if (!found.ok())
                return found.problems();
            if (!found.value() || found.value()->patientId != patient.value().id)
                problems << input(QStringLiteral("line"),
                                  QStringLiteral("%1 is not a therapy line of %2").arg(in.lineId).arg(in.recordNumber));
            else
                line = found.value();
        } else if (in.therapy.isEmpty()) {
            problems << input(QStringLiteral("line"), QStringLiteral("missing; give the line number or the therapy"));
        } else {
            const auto all = lines.forPatient(patient.value().id);
            if (!all.ok())
                return all.problems();
            QStringList running;
            for (const TherapyLine& l : all.value()) {
                if (l.running())
                    running << l.therapy;
                if (l.running() && l.therapy == in.therapy)
                    line = l;
            }
            if (!line)
                problems << input(
                    QStringLiteral("therapy"),
                    QStringLiteral("%1 has no running line of '%2'; running: %3")
                        .arg(in.recordNumber, in.therapy,
                             running.isEmpty() ? QStringLiteral("none") : running.join(QStringLiteral(", "))));
        }
        if (line && !line->running())
            problems << input(QStringLiteral("line"), QStringLiteral("%1 (%2) was already stopped on %3")
                                                          .arg(line->id)
                                                          .arg(line->therapy, line->stopDate.toString(Qt::ISODate)));
        if (!stopReasons().contains(in.reason))
            problems << input(QStringLiteral("reason"),
                              QStringLiteral("%1; allowed: %2")
                                  .arg(in.reason.isEmpty() ? QStringLiteral("missing")
                                                           : QStringLiteral("'%1' is not allowed").arg(in.reason),
                                       stopReasons().join(QStringLiteral(", "))));
        if (!in.bestResponse.isEmpty() && !recistResponses().contains(in.bestResponse))
            problems << input(QStringLiteral("response"),
                              QStringLiteral("'%1' is not allowed; allowed: %2 (RECIST 1.1)")
                                  .arg(in.bestResponse, recistResponses().join(QStringLiteral(", "))));
        QDate stop = m_clock.today();
        if (!in.date.isEmpty()) {
            if (const auto d = parseDate(in.date, QStringLiteral("date"), m_clock.today(), problems))
                stop = *d;
        }
        if (line && stop < line->startDate)
            problems << input(QStringLiteral("date"),
                              QStringLiteral("%1 is before the line's start %2; allowed: %2 "
                                             "to today")
                                  .arg(stop.toString(Qt::ISODate), line->startDate.toString(Qt::ISODate)));
        if (in.note.size() > 2000)
            problems << input(QStringLiteral("note"), QStringLiteral("at most 2000 characters"));
        if (!problems.isEmpty())
            return problems;
        TherapyLine after = *line;
        after.stopDate = stop;
        after.stopReason = in.reason;
        after.bestResponse = in.bestResponse;
        if (!in.note.trimmed().isEmpty())
            after.note =
                after.note.isEmpty() ? in.note.trimmed() : after.note + QStringLiteral("; ") + in.note.trimmed();
        const Status st = lines.stop(after);
        if (!st.ok())
            return st.problems();
        const Status audited = AuditLog(m_db).append(m_actor, QStringLiteral("therapy-stop"),
                                                     QStringLiteral("therapy_line"), after.id, therapyLineJson(*line),
                                                     therapyLineJson(after));
        if (!audited.ok())
            return audited.problems();
        return after;
    });
}

Result<QList<TherapyLine>> Registry::therapyLines(const QString& recordNumber)
{
    std::optional<QList<TherapyLine>> out;
    const Status s = m_db.read([&]() -> Status {
        const auto patient = patientOrProblem(recordNumber);
        if (!patient.ok())
            return patient.problems();
        auto lines = TherapyLineRepository(m_db).forPatient(patient.value().id);
        if (!lines.ok())
            return lines.problems();
        out = lines.value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return *out;
}

Result<QStringList> Registry::priorTherapies(const QString& recordNumber)
{
    const auto lines = therapyLines(recordNumber);
    if (!lines.ok())
        return lines.problems();
    QStringList codes;
    for (const TherapyLine& l : lines.value()) {
        if (!codes.contains(l.therapy))
            codes << l.therapy;
    }
    return codes;
}

Result<QList<ReviewFlag>> Registry::flagsFor(const PatientRecord& patient, const CourseReview& rules,
                                             const QString& language, QDate* assessedOut)
{
    QList<ReviewFlag> flags;
    if (patient.status != QLatin1String("active"))
        return flags;
    Sql latest(m_db, QStringLiteral("SELECT assessment_date, protocol FROM assessments WHERE patient_id = :p "
                                    "ORDER BY id DESC LIMIT 1"));
    latest.bind(QStringLiteral(":p"), patient.id);
    if (const Status s = latest.run(QStringLiteral("reading the latest assessment")); !s.ok())
        return s.problems();
    if (!latest.next())
        return flags;
    const QDate assessed = QDate::fromString(latest.value(0).toString(), Qt::ISODate);
    const QString protocol = latest.value(1).toString();
    const QString assessedText = assessed.toString(Qt::ISODate);
    const QDate today = m_clock.today();
    if (assessedOut)
        *assessedOut = assessed;
    const auto labs = LabTests::embedded();
    const auto flag = [&](const CourseRule& rule, const QDate& date, QHash<QString, QString> values) {
        values.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
        values.insert(QStringLiteral("assessed"), assessedText);
        flags << ReviewFlag{
            rule.id,       rule.kind,
            date,          fill(rule.text.value(language, rule.text.value(QStringLiteral("en"))), values),
            rule.evidence, rule.review};
    };
    for (const CourseRule& rule : rules.rules) {
        if (rule.kind == QLatin1String("imagingProgression")) {
            Sql q(m_db, QStringLiteral("SELECT result_date FROM results WHERE patient_id = :p AND kind = 'IMAGING'"
                                       " AND result_date > :a AND (response = 'PD' OR outcome = 'progression')"
                                       " ORDER BY result_date DESC, id DESC LIMIT 1"));
            q.bind(QStringLiteral(":p"), patient.id).bind(QStringLiteral(":a"), assessedText);
            if (const Status s = q.run(QStringLiteral("reading imaging results")); !s.ok())
                return s.problems();
            if (q.next())
                flag(rule, QDate::fromString(q.value(0).toString(), Qt::ISODate), {});
        } else if (rule.kind == QLatin1String("markerRise")) {
            for (const QString& test : rule.tests) {
                Sql q(m_db, QStringLiteral("SELECT id, value, unit, result_date FROM results WHERE patient_id = :p"
                                           " AND kind = :k ORDER BY result_date, id"));
                q.bind(QStringLiteral(":p"), patient.id).bind(QStringLiteral(":k"), test);
                if (const Status s = q.run(QStringLiteral("reading marker results")); !s.ok())
                    return s.problems();
                struct Point
                {
                    double value;
                    QString unit;
                    QString date;
                };
                QList<Point> points;
                while (q.next())
                    points << Point{q.value(1).toDouble(), q.value(2).toString(), q.value(3).toString()};
                if (points.isEmpty() || points.back().date <= assessedText)
                    continue;
                const Point last = points.back();
                // From the last result on or before the assessment (the value the plan knew), else
                // from the assessment date.
                QString from = assessedText;
                for (const Point& p : points) {
                    if (p.date <= assessedText)
                        from = p.date;
                }
                std::optional<double> nadir;
                for (qsizetype i = 0; i + 1 < points.size(); ++i) {
                    const Point& p = points.at(i);
                    if (p.date >= from && p.unit == last.unit && (!nadir || p.value < *nadir))
                        nadir = p.value;
                }
                if (!nadir || *nadir <= 0 || last.value < *nadir * (1 + rule.risePercent / 100))
                    continue;
                const LabTest* lab = labs.ok() ? labs.value()->test(test) : nullptr;
                flag(rule, QDate::fromString(last.date, Qt::ISODate),
                     {{QStringLiteral("test"),
                       lab ? lab->label.value(language, lab->label.value(QStringLiteral("en"))) : test},
                      {QStringLiteral("value"), number(last.value)},
                      {QStringLiteral("unit"), last.unit},
                      {QStringLiteral("nadir"), number(*nadir)},
                      {QStringLiteral("percent"), QString::number(std::lround((last.value / *nadir - 1) * 100))}});
            }
        } else if (rule.kind == QLatin1String("therapyStopped")) {
            Sql q(m_db, QStringLiteral("SELECT therapy, stop_date, stop_reason FROM therapy_lines WHERE patient_id = :p"
                                       " AND stop_date > :a ORDER BY stop_date, id"));
            q.bind(QStringLiteral(":p"), patient.id).bind(QStringLiteral(":a"), assessedText);
            if (const Status s = q.run(QStringLiteral("reading therapy lines")); !s.ok())
                return s.problems();
            while (q.next()) {
                const QString code = q.value(0).toString();
                const QString name = m_kb->therapies.value(code).name.get(language);
                flag(rule, QDate::fromString(q.value(1).toString(), Qt::ISODate),
                     {{QStringLiteral("therapy"), name.isEmpty() ? code : name},
                      {QStringLiteral("reason"), rules.stopReasonLabel(q.value(2).toString(), language)}});
            }
        } else if (rule.kind == QLatin1String("planAge")) {
            const int interval = planAgeMonthsFor(rule, protocol);
            if (assessed < today.addMonths(-interval))
                flag(rule, assessed.addMonths(interval),
                     {{QStringLiteral("months"), QString::number(monthsBetween(assessed, today))},
                      {QStringLiteral("interval"), QString::number(interval)}});
        }
    }
    return flags;
}

Result<QList<ReviewFlag>> Registry::reviewFlags(const QString& recordNumber, const QString& language)
{
    const auto rules = courseReview();
    if (!rules.ok())
        return rules.problems();
    std::optional<QList<ReviewFlag>> out;
    const Status s = m_db.read([&]() -> Status {
        const auto patient = patientOrProblem(recordNumber);
        if (!patient.ok())
            return patient.problems();
        auto flags = flagsFor(patient.value(), *rules.value(), language);
        if (!flags.ok())
            return flags.problems();
        out = flags.value();
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return *out;
}

Result<Page<ReviewRow>> Registry::needsReview(int limit, const QString& language)
{
    const auto loaded = courseReview();
    if (!loaded.ok())
        return loaded.problems();
    const CourseReview& rules = *loaded.value();
    // One pass over the active patients, each rule an EXISTS (or a comparison) on the patient's latest
    // assessment date, answered from the indexes (results_patient, therapy_lines_stopped,
    // assessments_latest). The same conditions as flagsFor, in SQL.
    QStringList conditions;
    QList<std::pair<QString, QVariant>> binds;
    const QDate today = m_clock.today();
    int n = 0;
    for (const CourseRule& rule : rules.rules) {
        if (rule.kind == QLatin1String("imagingProgression")) {
            conditions << QStringLiteral(
                "EXISTS (SELECT 1 FROM results r WHERE r.patient_id = a.patient_id AND r.kind = "
                "'IMAGING' AND r.result_date > a.assessment_date AND (r.response = 'PD' OR "
                "r.outcome = 'progression'))");
        } else if (rule.kind == QLatin1String("therapyStopped")) {
            conditions << QStringLiteral("EXISTS (SELECT 1 FROM therapy_lines t WHERE t.patient_id = a.patient_id AND "
                                         "t.stop_date > a.assessment_date)");
        } else if (rule.kind == QLatin1String("planAge")) {
            QString cases = QStringLiteral("a.assessment_date < CASE a.protocol");
            for (auto it = rule.months.cbegin(); it != rule.months.cend(); ++it, ++n) {
                cases += QStringLiteral(" WHEN :proto%1 THEN :cut%1").arg(n);
                binds.append({QStringLiteral(":proto%1").arg(n), it.key()});
                binds.append({QStringLiteral(":cut%1").arg(n), today.addMonths(-it.value()).toString(Qt::ISODate)});
            }
            cases += QStringLiteral(" ELSE :cut%1 END").arg(n);
            binds.append({QStringLiteral(":cut%1").arg(n), today.addMonths(-rule.defaultMonths).toString(Qt::ISODate)});
            ++n;
            conditions << cases;
        } else if (rule.kind == QLatin1String("markerRise")) {
            for (const QString& test : rule.tests) {
                const QString t = QStringLiteral(":test%1").arg(n);
                const QString f = QStringLiteral(":factor%1").arg(n);
                binds.append({t, test});
                binds.append({f, 1 + rule.risePercent / 100});
                ++n;
                conditions
                    << QStringLiteral(
                           "EXISTS (SELECT 1 FROM results l WHERE l.id = (SELECT l2.id FROM results l2 WHERE "
                           "l2.patient_id = a.patient_id AND l2.kind = %1 ORDER BY l2.result_date DESC, l2.id DESC "
                           "LIMIT 1) AND l.result_date > a.assessment_date AND l.value >= %2 * (SELECT "
                           "NULLIF(MIN(b.value), 0) FROM results b WHERE b.patient_id = a.patient_id AND b.kind = %1 "
                           "AND b.unit = l.unit AND b.id <> l.id AND b.result_date >= COALESCE((SELECT "
                           "MAX(c.result_date) FROM results c WHERE c.patient_id = a.patient_id AND c.kind = %1 AND "
                           "c.result_date <= a.assessment_date), a.assessment_date)))")
                           .arg(t, f);
            }
        }
    }
    Page<ReviewRow> page;
    if (conditions.isEmpty())
        return page;
    const Status s = m_db.read([&]() -> Status {
        // The latest assessment of each active patient from the covering index assessments_latest,
        // materialised once; the rules then look at results and lines through their indexes.
        Sql q(m_db, QStringLiteral("WITH a AS MATERIALIZED (SELECT p.id AS patient_id, p.family_key, p.given_key,"
                                   " p.record_key, (SELECT x.assessment_date FROM assessments x WHERE x.patient_id ="
                                   " p.id ORDER BY x.id DESC LIMIT 1) AS assessment_date, (SELECT x.protocol FROM"
                                   " assessments x WHERE x.patient_id = p.id ORDER BY x.id DESC LIMIT 1) AS protocol"
                                   " FROM patients p WHERE p.status = 'active')"
                                   " SELECT a.patient_id FROM a WHERE a.assessment_date IS NOT NULL AND (") +
                        conditions.join(QStringLiteral(" OR ")) +
                        QStringLiteral(") ORDER BY a.family_key, a.given_key, a.record_key"));
        for (const auto& [name, value] : binds)
            q.bind(name, value);
        if (const Status st = q.run(QStringLiteral("listing patients who need review")); !st.ok())
            return st;
        QList<qint64> ids;
        while (q.next()) {
            ++page.total;
            if (ids.size() < limit)
                ids << q.value(0).toLongLong();
        }
        PatientRepository patients(m_db);
        for (qint64 id : ids) {
            const auto p = patients.byId(id);
            if (!p.ok())
                return p.problems();
            if (!p.value())
                continue;
            QDate assessed;
            auto flags = flagsFor(*p.value(), rules, language, &assessed);
            if (!flags.ok())
                return flags.problems();
            page.rows << ReviewRow{*p.value(), assessed, flags.value()};
        }
        return Done{};
    });
    if (!s.ok())
        return s.problems();
    return page;
}

} // namespace netdesk
