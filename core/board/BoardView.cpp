#include "core/board/BoardView.h"

#include "core/board/FreeTextScreen.h"

#include "core/registry/AssessmentRepository.h"
#include "core/registry/LabTests.h"
#include "core/registry/PatientRepository.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace netdesk {

namespace {

QString sexLetter(const QString& sex)
{
    if (sex == QLatin1String("female"))
        return QStringLiteral("F");
    if (sex == QLatin1String("male"))
        return QStringLiteral("M");
    if (sex == QLatin1String("other"))
        return QStringLiteral("X");
    return QStringLiteral("?");
}

std::optional<double> number(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

QString BoardCaseView::heading() const
{
    return QStringLiteral("Case %1 · %2 · %3").arg(number).arg(sex, ageBand);
}

QString ageBand(const QDate& birthDate, const QDate& on)
{
    if (!birthDate.isValid() || !on.isValid() || birthDate > on)
        return QStringLiteral("?");
    int age = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --age;
    // Ages over 89 are identifying on their own (few people reach them): one top band.
    if (age >= 90)
        return QCoreApplication::translate("netdesk::BoardView", "90 or over");
    const int low = age / 5 * 5;
    return QStringLiteral("%1–%2").arg(low).arg(low + 4);
}

Result<QList<BoardCaseView>> anonymousAgenda(Database& db, const BoardMeeting& meeting)
{
    // Decisions are free text: the agenda's names, record numbers and dates are masked in them.
    const auto identifiers = agendaIdentifiers(db, meeting);
    if (!identifiers.ok())
        return identifiers.problems();
    QList<BoardCaseView> out;
    for (const BoardCase& c : meeting.cases) {
        const auto patient = PatientRepository(db).byId(c.patientId);
        if (!patient.ok())
            return patient.problems();
        const auto assessments = AssessmentRepository(db).forPatient(c.patientId, true);
        if (!assessments.ok())
            return assessments.problems();
        QJsonObject caseObject;
        QJsonObject plan;
        for (const AssessmentRecord& a : assessments.value()) {
            if (a.id == c.assessmentId) {
                caseObject = QJsonDocument::fromJson(a.caseJson).object();
                plan = QJsonDocument::fromJson(a.planJson).object();
            }
        }
        BoardCaseView v;
        v.number = c.position;
        v.total = static_cast<int>(meeting.cases.size());
        if (patient.value()) {
            v.sex = sexLetter(patient.value()->sex);
            v.ageBand = ageBand(patient.value()->birthDate, meeting.date);
        } else {
            v.sex = QStringLiteral("?");
            v.ageBand = QStringLiteral("?");
        }
        const QJsonObject cls = plan.value(QStringLiteral("classification")).toObject();
        v.category = cls.value(QStringLiteral("category")).toString();
        v.grade = cls.value(QStringLiteral("grade")).toString();
        v.basis = strings(cls.value(QStringLiteral("basis")));
        // Clinical fields only: the case's "patient" object and assessmentDate are not read.
        v.primarySite = caseObject.value(QStringLiteral("primarySite")).toString();
        v.functionalSyndrome = caseObject.value(QStringLiteral("functionalSyndrome")).toString(QStringLiteral("none"));
        v.uncontrolledSyndrome = caseObject.value(QStringLiteral("uncontrolledSyndrome")).toBool();
        v.differentiation = caseObject.value(QStringLiteral("differentiation")).toString();
        v.ki67 = number(caseObject, "ki67");
        const QJsonObject metastases = caseObject.value(QStringLiteral("metastases")).toObject();
        for (const char* site : {"liver", "bone", "lung", "peritoneum", "distantLymphNodes", "brain"}) {
            if (metastases.value(QLatin1String(site)).toBool())
                v.metastaticSites << QString::fromLatin1(site);
        }
        if (const auto n = number(metastases, "liverLesionCount"))
            v.liverLesions = static_cast<int>(*n);
        v.largestLiverLesionCm = number(metastases, "largestLiverLesionCm");
        v.liverInvolvementPercent = number(metastases, "liverInvolvementPercent");
        v.resectableFraction = number(caseObject, "resectableFraction");
        v.ecog = caseObject.value(QStringLiteral("ecog")).toInt();
        v.diseaseStatus = caseObject.value(QStringLiteral("diseaseStatus")).toString();
        v.sstrImaging = caseObject.value(QStringLiteral("sstrImaging")).toString(QStringLiteral("not_done"));
        v.priorTherapies = strings(caseObject.value(QStringLiteral("priorTherapies")));
        v.priorSurgery = strings(caseObject.value(QStringLiteral("priorSurgery")));
        for (const QJsonValue& r : plan.value(QStringLiteral("recommendations")).toArray()) {
            const QJsonObject o = r.toObject();
            v.recommendations.append({o.value(QStringLiteral("therapy")).toString(),
                                      o.value(QStringLiteral("therapyName")).toString(),
                                      o.value(QStringLiteral("role")).toString(),
                                      o.value(QStringLiteral("strength")).toString(),
                                      // a stored 'approved' (earlier wording) reads as pending
                                      o.value(QStringLiteral("review")).toString() == QLatin1String("approved")
                                          ? QStringLiteral("pending")
                                          : o.value(QStringLiteral("review")).toString()});
        }
        for (const QJsonValue& a : plan.value(QStringLiteral("avoid")).toArray())
            v.avoid << QStringLiteral("%1: %2").arg(a.toObject().value(QStringLiteral("therapyName")).toString(),
                                                    a.toObject().value(QStringLiteral("reason")).toString());
        for (const QJsonValue& w : plan.value(QStringLiteral("warnings")).toArray())
            v.warnings.append({w.toObject().value(QStringLiteral("severity")).toString(),
                               w.toObject().value(QStringLiteral("message")).toString()});
        for (const QJsonValue& f :
             plan.value(QStringLiteral("prognosis")).toObject().value(QStringLiteral("factors")).toArray())
            v.prognosis << f.toObject().value(QStringLiteral("label")).toString();
        v.status = c.status;
        v.decision = screenFreeText(c.decision, identifiers.value()).masked;
        v.chosen = c.chosen;
        v.question = screenFreeText(c.question, identifiers.value()).masked;
        out << v;
    }
    return out;
}

namespace {

int monthsFrom(const QDate& meeting, const QDate& d)
{
    // Whole months, negative before the meeting: -14 is "14 months before".
    const int sign = d < meeting ? -1 : 1;
    const QDate a = std::min(d, meeting);
    const QDate b = std::max(d, meeting);
    int months = (b.year() - a.year()) * 12 + b.month() - a.month();
    if (b.day() < a.day())
        --months;
    return sign * std::max(0, months);
}

} // namespace

Result<QList<BoardCaseView>> anonymousAgenda(Registry& registry, const BoardMeeting& meeting, const QString& language)
{
    auto views = anonymousAgenda(registry.database(), meeting);
    if (!views.ok())
        return views;
    QList<BoardCaseView> out = views.value();
    const auto labs = LabTests::embedded();
    const QDate on = meeting.date;
    for (qsizetype i = 0; i < out.size() && i < meeting.cases.size(); ++i) {
        BoardCaseView& v = out[i];
        const BoardCase& c = meeting.cases.at(i);
        const auto history = registry.history(c.recordNumber);
        if (!history.ok())
            return history.problems();
        for (const AssessmentRecord& a : history.value().assessments) {
            if (a.id == c.assessmentId)
                v.assessmentDate = a.assessmentDate;
        }
        if (v.assessmentDate.isValid()) {
            v.planAgeDays = static_cast<int>(v.assessmentDate.daysTo(on));
            v.planAgeMonths = -monthsFrom(on, v.assessmentDate);
        }
        const auto flags = registry.reviewFlags(c.recordNumber, language);
        if (!flags.ok())
            return flags.problems();
        for (const ReviewFlag& f : flags.value())
            v.changes << f.text;
        for (const TherapyLine& l : history.value().therapyLines) {
            BoardCaseView::Line line;
            line.therapy = l.therapy;
            line.name = registry.knowledgeBase()->therapies.value(l.therapy).name.get(language);
            if (line.name.isEmpty())
                line.name = l.therapy;
            line.startDay = static_cast<int>(on.daysTo(l.startDate));
            line.startMonths = monthsFrom(on, l.startDate);
            if (l.stopDate.isValid()) {
                line.stopDay = static_cast<int>(on.daysTo(l.stopDate));
                line.stopMonths = monthsFrom(on, l.stopDate);
            }
            line.stopReason = l.stopReason;
            line.bestResponse = l.bestResponse;
            v.lines << line;
        }
        for (const ResultRecord& r : history.value().results) {
            const int day = static_cast<int>(on.daysTo(r.resultDate));
            if (r.kind == QLatin1String("IMAGING")) {
                v.imaging << BoardCaseView::ImagingPoint{day, r.recist()};
                continue;
            }
            if (!r.value)
                continue;
            BoardCaseView::MarkerSeries* series = nullptr;
            for (BoardCaseView::MarkerSeries& s : v.markers) {
                if (s.test == r.kind)
                    series = &s;
            }
            if (!series) {
                const LabTest* lab = labs.ok() ? labs.value()->test(r.kind) : nullptr;
                v.markers << BoardCaseView::MarkerSeries{
                    r.kind, lab ? lab->label.value(language, lab->label.value(QStringLiteral("en"))) : r.kind, {}};
                series = &v.markers.back();
            }
            series->points << BoardCaseView::MarkerPoint{day, *r.value, r.unit, r.uln};
        }
    }
    return out;
}

} // namespace netdesk
