// Registry::demo: a synthetic registry for trying NETDesk, training and benchmarks. Names are
// random combinations of common names; cases, dates and results are drawn to look like a NET
// clinic (sites, grades, SSTR status, follow-up done on time or late, a few overdue items).
#include "core/registry/Registry.h"

#include "core/registry/FollowUpRepository.h"
#include "core/registry/PatientRepository.h"
#include "core/registry/TherapyLineRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <random>

namespace netdesk {

namespace {

class Draw final
{
public:
    explicit Draw(quint32 seed)
        : m_rng(seed)
    {
    }

    double uniform(double low, double high) { return std::uniform_real_distribution<double>(low, high)(m_rng); }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_rng); }
    bool chance(double p) { return uniform(0, 1) < p; }
    double logNormal(double median, double spread)
    {
        return median * std::exp(std::normal_distribution<double>(0, spread)(m_rng));
    }

    // Picks from (value, weight) pairs.
    QString weighted(const QList<std::pair<QString, int>>& options)
    {
        int total = 0;
        for (const auto& o : options)
            total += o.second;
        int r = between(1, total);
        for (const auto& o : options) {
            r -= o.second;
            if (r <= 0)
                return o.first;
        }
        return options.back().first;
    }

    QString pick(const QStringList& values) { return values.at(between(0, static_cast<int>(values.size()) - 1)); }

private:
    std::mt19937 m_rng;
};

const QStringList familyNames{
    QStringLiteral("Adler"),   QStringLiteral("Baker"),   QStringLiteral("Berger"),  QStringLiteral("Brown"),
    QStringLiteral("Carter"),  QStringLiteral("Clarke"),  QStringLiteral("Davies"),  QStringLiteral("Dubois"),
    QStringLiteral("Evans"),   QStringLiteral("Fischer"), QStringLiteral("Garcia"),  QStringLiteral("Green"),
    QStringLiteral("Hall"),    QStringLiteral("Hansen"),  QStringLiteral("Hughes"),  QStringLiteral("Jansen"),
    QStringLiteral("Keller"),  QStringLiteral("King"),    QStringLiteral("Lambert"), QStringLiteral("Lewis"),
    QStringLiteral("Martin"),  QStringLiteral("Meyer"),   QStringLiteral("Moreau"),  QStringLiteral("Novak"),
    QStringLiteral("Olsen"),   QStringLiteral("Parker"),  QStringLiteral("Peters"),  QStringLiteral("Rossi"),
    QStringLiteral("Schmidt"), QStringLiteral("Scott"),   QStringLiteral("Silva"),   QStringLiteral("Smith"),
    QStringLiteral("Taylor"),  QStringLiteral("Turner"),  QStringLiteral("Vogel"),   QStringLiteral("Walker"),
    QStringLiteral("Weber"),   QStringLiteral("White"),   QStringLiteral("Wilson"),  QStringLiteral("Young")};
const QStringList femaleNames{
    QStringLiteral("Anna"),  QStringLiteral("Clara"), QStringLiteral("Elena"), QStringLiteral("Emma"),
    QStringLiteral("Grace"), QStringLiteral("Hanna"), QStringLiteral("Ines"),  QStringLiteral("Julia"),
    QStringLiteral("Lea"),   QStringLiteral("Maria"), QStringLiteral("Nora"),  QStringLiteral("Ruth"),
    QStringLiteral("Sara"),  QStringLiteral("Sofia"), QStringLiteral("Vera"),  QStringLiteral("Zoe")};
const QStringList maleNames{
    QStringLiteral("Adam"),  QStringLiteral("Ben"),   QStringLiteral("David"), QStringLiteral("Erik"),
    QStringLiteral("Felix"), QStringLiteral("Hugo"),  QStringLiteral("Jonas"), QStringLiteral("Karl"),
    QStringLiteral("Leon"),  QStringLiteral("Lukas"), QStringLiteral("Marco"), QStringLiteral("Noah"),
    QStringLiteral("Oskar"), QStringLiteral("Paul"),  QStringLiteral("Simon"), QStringLiteral("Tom")};

QJsonObject demoCase(Draw& d, const QDate& assessmentDate)
{
    const QString site = d.weighted({{QStringLiteral("small_intestine"), 30},
                                     {QStringLiteral("pancreas"), 30},
                                     {QStringLiteral("lung"), 9},
                                     {QStringLiteral("unknown_primary"), 9},
                                     {QStringLiteral("rectum"), 5},
                                     {QStringLiteral("colon"), 4},
                                     {QStringLiteral("stomach"), 5},
                                     {QStringLiteral("appendix"), 3},
                                     {QStringLiteral("duodenum"), 3},
                                     {QStringLiteral("thymus"), 1},
                                     {QStringLiteral("other"), 1}});
    const bool lung = site == QLatin1String("lung") || site == QLatin1String("thymus");
    const bool poor = d.chance(0.10);
    QJsonObject c{
        {QStringLiteral("schema"), QStringLiteral("netdesk.case/1")},
        {QStringLiteral("assessmentDate"), assessmentDate.toString(Qt::ISODate)},
        {QStringLiteral("primarySite"), site},
        {QStringLiteral("differentiation"),
         poor ? QStringLiteral("poor") : (d.chance(0.05) ? QStringLiteral("unknown") : QStringLiteral("well"))}};
    if (lung) {
        c.insert(QStringLiteral("mitoses"), poor ? d.between(11, 60) : d.between(0, 9));
        c.insert(QStringLiteral("necrosis"), d.chance(0.3));
    } else {
        const double ki67 = poor ? d.uniform(25, 90) : std::min(60.0, d.logNormal(4, 0.9));
        c.insert(QStringLiteral("ki67"), std::round(ki67 * 10) / 10);
    }
    if (poor)
        c.insert(QStringLiteral("necHistology"),
                 d.chance(0.4) ? QStringLiteral("small_cell") : QStringLiteral("large_cell"));
    QString syndrome = QStringLiteral("none");
    if (!poor && site == QLatin1String("small_intestine") && d.chance(0.35))
        syndrome = QStringLiteral("carcinoid_syndrome");
    else if (!poor && site == QLatin1String("pancreas") && d.chance(0.12))
        syndrome = d.pick({QStringLiteral("insulinoma"), QStringLiteral("gastrinoma"), QStringLiteral("glucagonoma"),
                           QStringLiteral("vipoma")});
    c.insert(QStringLiteral("functionalSyndrome"), syndrome);
    c.insert(QStringLiteral("sstrImaging"), d.weighted({{QStringLiteral("positive"), 75},
                                                        {QStringLiteral("negative"), 12},
                                                        {QStringLiteral("not_done"), 13}}));
    const QString status = d.weighted(
        {{QStringLiteral("newly_diagnosed"), 45}, {QStringLiteral("stable"), 30}, {QStringLiteral("progressive"), 25}});
    c.insert(QStringLiteral("diseaseStatus"), status);
    c.insert(QStringLiteral("ecog"), d.weighted({{QStringLiteral("0"), 45},
                                                 {QStringLiteral("1"), 35},
                                                 {QStringLiteral("2"), 14},
                                                 {QStringLiteral("3"), 6}})
                                         .toInt());
    if (status != QLatin1String("newly_diagnosed")) {
        // Consistent with the SSTR imaging: SSA and PRRT only for SSTR-positive disease.
        const bool sstrPositive = c.value(QStringLiteral("sstrImaging")).toString() == QLatin1String("positive");
        QJsonArray prior;
        if (poor)
            prior.append(QStringLiteral("PLATINUM_ETOPOSIDE"));
        else if (sstrPositive)
            prior.append(QStringLiteral("SSA"));
        else
            prior.append(site == QLatin1String("pancreas") ? QStringLiteral("CAPTEM") : QStringLiteral("EVEROLIMUS"));
        if (!poor && sstrPositive && d.chance(0.25))
            prior.append(site == QLatin1String("pancreas") ? QStringLiteral("EVEROLIMUS") : QStringLiteral("PRRT"));
        c.insert(QStringLiteral("priorTherapies"), prior);
    }
    const bool resected = !poor && d.chance(0.5);
    c.insert(QStringLiteral("primaryResected"), resected);
    if (resected)
        c.insert(QStringLiteral("priorSurgery"), QJsonArray{QStringLiteral("primary_resection")});
    QJsonObject m{{QStringLiteral("liver"), true}};
    m.insert(QStringLiteral("liverLesionCount"), d.between(1, 20));
    m.insert(QStringLiteral("largestLiverLesionCm"), std::round(d.uniform(0.8, 9) * 10) / 10);
    m.insert(QStringLiteral("liverInvolvementPercent"), d.between(2, 70));
    if (d.chance(0.2))
        m.insert(QStringLiteral("bone"), true);
    if (d.chance(0.25))
        m.insert(QStringLiteral("distantLymphNodes"), true);
    if (d.chance(0.1))
        m.insert(QStringLiteral("peritoneum"), true);
    c.insert(QStringLiteral("metastases"), m);
    if (d.chance(0.3))
        c.insert(QStringLiteral("resectableFraction"), d.between(10, 100));
    if (d.chance(0.2))
        c.insert(QStringLiteral("ppiUse"), true);
    return c;
}

// A patient's synthetic course: marker levels that follow the disease (steady with a little assay
// noise, higher after each progression), so that a marker rise means something in the demo too.
struct Course
{
    double cga = 0;
    double hiaa = 0;
    double ntprobnp = 0;
    double level = 1; // grows with each progression
};

std::optional<ResultRecord> demoResult(Draw& d, Course& course, const FollowUpRecord& item, const QDate& date)
{
    ResultRecord r;
    r.patientId = item.patientId;
    r.followUpItemId = item.id;
    r.resultDate = date;
    if (item.kind == QLatin1String("imaging")) {
        r.kind = QStringLiteral("IMAGING");
        r.response = d.weighted({{QStringLiteral("SD"), 72},
                                 {QStringLiteral("PR"), 10},
                                 {QStringLiteral("CR"), 1},
                                 {QStringLiteral("PD"), 11},
                                 {QStringLiteral("NE"), 6}});
        if (r.response == QLatin1String("PD"))
            course.level *= d.uniform(1.6, 2.4);
        else if (r.response == QLatin1String("PR") || r.response == QLatin1String("CR"))
            course.level *= 0.8;
        return r;
    }
    const double noise = std::exp(d.uniform(-0.08, 0.08));
    r.kind = item.tests.value(0);
    if (r.kind == QLatin1String("CGA")) {
        r.value = std::round(course.cga * course.level * noise);
        r.unit = QStringLiteral("ng/mL");
    } else if (r.kind == QLatin1String("NTPROBNP")) {
        r.value = std::round(course.ntprobnp * noise);
        r.unit = QStringLiteral("pg/mL");
    } else {
        r.value = std::round(course.hiaa * course.level * noise * 10) / 10;
        r.unit = QStringLiteral("mg/24 h");
    }
    return r;
}

} // namespace

Result<VerifyReport> Registry::demo(int patients, quint32 seed)
{
    if (patients < 1 || patients > 1000000)
        return Problems{{QStringLiteral("patients"), QStringLiteral("%1 is out of range 1–1000000").arg(patients)}};
    Draw d(seed);
    const QDate today = m_clock.today();
    int written = 0;
    constexpr int batch = 250; // patients per transaction: fast, and a kill loses at most one batch
    for (int start = 0; start < patients; start += batch) {
        const Status s = m_db.write([&]() -> Status {
            // Numbered after the highest demo record, read inside the transaction, so that two demos
            // running at once never collide.
            Sql highest(m_db,
                        QStringLiteral("SELECT MAX(record_number) FROM patients WHERE record_number LIKE 'DEMO-%'"));
            const Status st = highest.run(QStringLiteral("numbering demo patients"));
            if (!st.ok())
                return st;
            const qint64 first = (highest.next() ? highest.value(0).toString().mid(5).toLongLong() : 0) + 1 - start;
            for (int i = start; i < std::min(patients, start + batch); ++i) {
                NewPatient np;
                const bool female = d.chance(0.5);
                np.sex = female ? QStringLiteral("female") : QStringLiteral("male");
                np.givenName = d.pick(female ? femaleNames : maleNames);
                np.familyName = d.pick(familyNames);
                np.recordNumber = QStringLiteral("DEMO-%1").arg(first + i, 6, 10, QLatin1Char('0'));
                const QDate birth = today.addDays(-d.between(35 * 365, 88 * 365));
                np.birthDate = birth.toString(Qt::ISODate);
                auto patient = addPatientIn(np);
                if (!patient.ok())
                    return patient.problems();
                const QDate assessed = today.addDays(-d.between(0, 5 * 365));
                QJsonObject caseObject = demoCase(d, assessed);
                const QString protocol = d.chance(0.15) ? QStringLiteral("esmo-2020") : QString();
                Course course{d.logNormal(180, 1.0), d.logNormal(12, 0.9), d.logNormal(180, 0.8), 1};
                QDate lastEvent = assessed;
                // The therapies before the assessment, as lines: one after the other, each stopped by
                // progression (the case is progressive or stable on them; the last one of a stable
                // case still runs).
                const QJsonArray prior = caseObject.value(QStringLiteral("priorTherapies")).toArray();
                // Each line gets a slot of at least 120 days inside the window before the assessment,
                // so a line lasts three months or more and every line starts before the assessment.
                const int lines = static_cast<int>(std::max<qsizetype>(1, prior.size()));
                const int window = d.between(300 + 120 * lines, 1500 + 120 * lines);
                const int slot = window / lines;
                for (qsizetype k = 0; k < prior.size(); ++k) {
                    const QString code = prior.at(k).toString();
                    const QDate lineStart = assessed.addDays(-window + static_cast<int>(k) * slot);
                    auto line = openTherapyLine(m_db, patient.value().id, code, lineStart, QString(),
                                                QDateTime(lineStart, QTime(11, 0), Qt::UTC), m_actor);
                    if (!line.ok())
                        return line.problems();
                    const bool last = k + 1 == prior.size();
                    const bool stable = caseObject.value(QStringLiteral("diseaseStatus")).toString() ==
                                        QLatin1String("stable");
                    if (last && stable)
                        break;
                    const QDate stop = last ? assessed.addDays(-d.between(3, 30))
                                            : lineStart.addDays(slot - d.between(7, 30));
                    TherapyLine stopped = line.value();
                    stopped.stopDate = std::max(stop, lineStart);
                    stopped.stopReason = QStringLiteral("progression");
                    stopped.bestResponse = d.chance(0.7) ? QStringLiteral("SD") : QStringLiteral("PR");
                    const Status st = closeTherapyLine(m_db, stopped, QDateTime(stopped.stopDate, QTime(11, 0), Qt::UTC), m_actor);
                    if (!st.ok())
                        return st.problems();
                }
                // A second assessment within the last ten months for most patients whose plan is older:
                // the loop a new user should see (progression, line stopped, new plan, new line).
                const bool reassess = assessed < today.addMonths(-10) && d.chance(0.75);
                const QDate reassessOn = reassess ? today.addDays(-d.between(0, 300)) : QDate();
                auto outcome =
                    assessIn(patient.value(), QJsonDocument(caseObject).toJson(QJsonDocument::Compact), protocol,
                             today);
                if (!outcome.ok())
                    return outcome.problems();
                for (int round = 0; round < (reassess ? 2 : 1); ++round) {
                    const QDate roundStart = round == 0 ? assessed : reassessOn;
                    const QDate until = round == 0 && reassess ? reassessOn : today.addDays(1);
                    // The plan's first antitumour recommendation not already running starts a line soon
                    // after a plan for new or progressive disease.
                    const QString status = caseObject.value(QStringLiteral("diseaseStatus")).toString();
                    if (status != QLatin1String("stable")) {
                        const auto running = TherapyLineRepository(m_db).forPatient(patient.value().id);
                        if (!running.ok())
                            return running.problems();
                        for (const PlanRecommendation& rec : outcome.value().plan.recommendations) {
                            if (m_kb->therapies.value(rec.therapy).kind != QLatin1String("antitumour"))
                                continue;
                            bool already = false;
                            for (const TherapyLine& l : running.value())
                                already = already || (l.therapy == rec.therapy && l.running());
                            const QDate start = roundStart.addDays(d.between(7, 40));
                            if (!already && start < until && start <= today) {
                                auto line = openTherapyLine(m_db, patient.value().id, rec.therapy, start, QString(),
                                                            QDateTime(start, QTime(11, 0), Qt::UTC), m_actor);
                                if (!line.ok())
                                    return line.problems();
                            }
                            break;
                        }
                    }
                    // Follow-up done since the assessment: mostly on time, sometimes late, a few overdue.
                    bool progressed = false;
                    for (FollowUpRecord item : outcome.value().scheduled) {
                        while (item.dueDate < today) {
                            if (d.chance(0.07))
                                break; // left overdue
                            const QDate doneOn = std::min(today, item.dueDate.addDays(d.between(-7, 21)));
                            if (doneOn >= until)
                                break; // the next assessment supersedes it
                            const auto result = demoResult(d, course, item, doneOn);
                            auto done = markDoneIn(item, doneOn, result, QDateTime(doneOn, QTime(10, 0), Qt::UTC));
                            if (!done.ok())
                                return done.problems();
                            lastEvent = std::max(lastEvent, doneOn);
                            if (result && result->response == QLatin1String("PD")) {
                                progressed = true;
                                // Often the running antitumour line is stopped for the progression.
                                const auto lines = TherapyLineRepository(m_db).forPatient(patient.value().id);
                                if (!lines.ok())
                                    return lines.problems();
                                for (TherapyLine l : lines.value()) {
                                    // A line is judged after three months on it, not stopped within days.
                                    if (!l.running() || l.startDate.daysTo(doneOn) < 84 || !d.chance(0.6) ||
                                        m_kb->therapies.value(l.therapy).kind != QLatin1String("antitumour"))
                                        continue;
                                    l.stopDate = doneOn;
                                    l.stopReason = QStringLiteral("progression");
                                    l.bestResponse = d.chance(0.6) ? QStringLiteral("SD") : QStringLiteral("PR");
                                    const Status st = closeTherapyLine(m_db, l, QDateTime(doneOn, QTime(12, 0), Qt::UTC), m_actor);
                                    if (!st.ok())
                                        return st.problems();
                                }
                            }
                            if (!done.value().next)
                                break;
                            item = *done.value().next;
                        }
                    }
                    if (round == 0 && reassess) {
                        // The new case: what the registry knows by then (the wizard's prefill).
                        const auto lines = TherapyLineRepository(m_db).forPatient(patient.value().id);
                        if (!lines.ok())
                            return lines.problems();
                        QJsonArray codes;
                        for (const TherapyLine& l : lines.value()) {
                            if (!codes.contains(l.therapy))
                                codes.append(l.therapy);
                        }
                        caseObject.insert(QStringLiteral("assessmentDate"), reassessOn.toString(Qt::ISODate));
                        caseObject.insert(QStringLiteral("diseaseStatus"),
                                          progressed ? QStringLiteral("progressive") : QStringLiteral("stable"));
                        if (!codes.isEmpty())
                            caseObject.insert(QStringLiteral("priorTherapies"), codes);
                        outcome = assessIn(patient.value(), QJsonDocument(caseObject).toJson(QJsonDocument::Compact),
                                           protocol, today);
                        if (!outcome.ok())
                            return outcome.problems();
                        lastEvent = std::max(lastEvent, reassessOn);
                    }
                }
                if (d.chance(0.06) && lastEvent < today) {
                    const QDate when = std::min(today, lastEvent.addDays(d.between(1, 120)));
                    const QString status = d.chance(0.7) ? QStringLiteral("deceased") : QStringLiteral("transferred");
                    if (status == QLatin1String("deceased")) {
                        const auto lines = TherapyLineRepository(m_db).forPatient(patient.value().id);
                        if (!lines.ok())
                            return lines.problems();
                        for (TherapyLine l : lines.value()) {
                            if (!l.running() || l.startDate > when)
                                continue;
                            l.stopDate = when;
                            l.stopReason = QStringLiteral("death");
                            const Status st = closeTherapyLine(m_db, l, QDateTime(when, QTime(9, 0), Qt::UTC), m_actor);
                            if (!st.ok())
                                return st.problems();
                        }
                    }
                    auto changed = setStatusIn(np.recordNumber, status, when.toString(Qt::ISODate),
                                               QDateTime(when, QTime(9, 0), Qt::UTC));
                    if (!changed.ok())
                        return changed.problems();
                }
            }
            return Done{};
        });
        if (!s.ok()) {
            Problems problems = s.problems();
            if (written > 0)
                problems << failure(QStringLiteral("demo"),
                                    QStringLiteral("%1 synthetic patients had been added before this "
                                                   "failure; they stay in the registry")
                                        .arg(written));
            return problems;
        }
        written = std::min(patients, start + batch);
    }
    return verify();
}

} // namespace netdesk
