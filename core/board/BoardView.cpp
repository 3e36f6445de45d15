#include "core/board/BoardView.h"

#include "core/board/FreeTextScreen.h"

#include "core/registry/AssessmentRepository.h"
#include "core/registry/PatientRepository.h"

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
                                      o.value(QStringLiteral("review")).toString()});
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
        out << v;
    }
    return out;
}

} // namespace netdesk
