#include "core/interop/PlanJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace netdesk {

namespace {

QJsonArray strings(const QStringList& list) { return QJsonArray::fromStringList(list); }

QJsonArray notes(const QList<PlanNote>& list)
{
    QJsonArray out;
    for (const PlanNote& n : list) {
        out.append(QJsonObject{{QStringLiteral("text"), n.text},
                               {QStringLiteral("patientText"), n.patientText},
                               {QStringLiteral("evidence"), strings(n.evidence)},
                               {QStringLiteral("review"), n.review}});
    }
    return out;
}

} // namespace

QJsonObject planToJsonObject(const Plan& plan)
{
    QJsonObject root;
    root.insert(QStringLiteral("schema"), QStringLiteral("netdesk.plan/1"));
    root.insert(QStringLiteral("assessmentDate"), plan.assessmentDate.toString(Qt::ISODate));
    root.insert(QStringLiteral("language"), plan.language);
    root.insert(QStringLiteral("disclaimer"), plan.disclaimer);
    root.insert(QStringLiteral("knowledgeBase"), QJsonObject{{QStringLiteral("id"), plan.kbId},
                                                             {QStringLiteral("version"), plan.kbVersion},
                                                             {QStringLiteral("sha256"), plan.kbSha256}});
    root.insert(QStringLiteral("classification"),
                QJsonObject{{QStringLiteral("category"), plan.classification.category},
                            {QStringLiteral("grade"), plan.classification.grade.isEmpty()
                                                          ? QJsonValue(QJsonValue::Null)
                                                          : QJsonValue(plan.classification.grade)},
                            {QStringLiteral("basis"), strings(plan.classification.basis)}});

    QJsonArray recommendations;
    for (const PlanRecommendation& r : plan.recommendations) {
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("therapy"), r.therapy},
                      {QStringLiteral("therapyName"), r.therapyName},
                      {QStringLiteral("role"), r.role},
                      {QStringLiteral("strength"), r.strength},
                      {QStringLiteral("review"), r.review},
                      {QStringLiteral("why"), strings(r.why)},
                      {QStringLiteral("evidence"), strings(r.evidence)},
                      {QStringLiteral("text"), r.text},
                      {QStringLiteral("patientText"), r.patientText},
                      {QStringLiteral("sources"), strings(r.sourceIds)}};
        if (!r.notes.isEmpty())
            o.insert(QStringLiteral("notes"), notes(r.notes));
        recommendations.append(o);
    }
    root.insert(QStringLiteral("recommendations"), recommendations);

    QJsonArray avoid;
    for (const PlanAvoid& a : plan.avoid) {
        avoid.append(QJsonObject{{QStringLiteral("id"), a.id},
                                 {QStringLiteral("therapy"), a.therapy},
                                 {QStringLiteral("therapyName"), a.therapyName},
                                 {QStringLiteral("severity"), a.severity},
                                 {QStringLiteral("reason"), a.reason},
                                 {QStringLiteral("patientText"), a.patientText},
                                 {QStringLiteral("why"), strings(a.why)},
                                 {QStringLiteral("evidence"), strings(a.evidence)},
                                 {QStringLiteral("review"), a.review}});
    }
    root.insert(QStringLiteral("avoid"), avoid);

    QJsonArray warnings;
    for (const PlanWarning& w : plan.warnings) {
        warnings.append(QJsonObject{{QStringLiteral("code"), w.code},
                                    {QStringLiteral("severity"), w.severity},
                                    {QStringLiteral("message"), w.message},
                                    {QStringLiteral("patientText"), w.patientText},
                                    {QStringLiteral("why"), strings(w.why)},
                                    {QStringLiteral("evidence"), strings(w.evidence)},
                                    {QStringLiteral("review"), w.review}});
    }
    root.insert(QStringLiteral("warnings"), warnings);

    QJsonArray codes;
    QJsonArray factors;
    for (const PlanFactor& f : plan.adverseFactors) {
        codes.append(f.code);
        factors.append(QJsonObject{{QStringLiteral("code"), f.code},
                                   {QStringLiteral("label"), f.label},
                                   {QStringLiteral("patientText"), f.patientText},
                                   {QStringLiteral("evidence"), strings(f.evidence)},
                                   {QStringLiteral("review"), f.review}});
    }
    QJsonArray outcomes;
    for (const PlanOutcome& o : plan.referenceOutcomes) {
        QJsonObject obj{{QStringLiteral("id"), o.id},
                        {QStringLiteral("label"), o.label},
                        {QStringLiteral("value"), o.value},
                        {QStringLiteral("evidence"), strings(o.evidence)},
                        {QStringLiteral("review"), o.review},
                        {QStringLiteral("patientVisible"), o.patientVisible}};
        if (!o.caveat.isEmpty())
            obj.insert(QStringLiteral("caveat"), o.caveat);
        outcomes.append(obj);
    }
    root.insert(QStringLiteral("prognosis"), QJsonObject{{QStringLiteral("adverseFactors"), codes},
                                                         {QStringLiteral("factors"), factors},
                                                         {QStringLiteral("referenceOutcomes"), outcomes}});

    QJsonArray items;
    for (const PlanFollowUpItem& i : plan.followUp) {
        QJsonObject o{{QStringLiteral("id"), i.id},
                      {QStringLiteral("kind"), i.kind},
                      {QStringLiteral("intervalMonths"), i.intervalMonths},
                      {QStringLiteral("schedule"), i.schedule},
                      {QStringLiteral("reason"), i.reason},
                      {QStringLiteral("patientText"), i.patientText},
                      {QStringLiteral("evidence"), strings(i.evidence)},
                      {QStringLiteral("review"), i.review}};
        if (i.kind == QLatin1String("labs"))
            o.insert(QStringLiteral("tests"), strings(i.tests));
        else
            o.insert(QStringLiteral("modalities"), strings(i.modalities));
        if (!i.notes.isEmpty())
            o.insert(QStringLiteral("notes"), notes(i.notes));
        items.append(o);
    }
    root.insert(QStringLiteral("followUp"), QJsonObject{{QStringLiteral("protocol"), plan.protocol},
                                                        {QStringLiteral("title"), plan.protocolTitle},
                                                        {QStringLiteral("items"), items}});

    QJsonObject references;
    for (auto it = plan.references.cbegin(); it != plan.references.cend(); ++it)
        references.insert(it.key(), it.value());
    root.insert(QStringLiteral("references"), references);
    return root;
}

QByteArray planToJson(const Plan& plan)
{
    return QJsonDocument(planToJsonObject(plan)).toJson(QJsonDocument::Indented);
}

} // namespace netdesk
