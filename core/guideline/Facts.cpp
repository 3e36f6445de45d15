#include "core/guideline/Facts.h"

#include "core/model/Vocabulary.h"

namespace netdesk {

namespace {

const QStringList& boolNames()
{
    static const QStringList names{QStringLiteral("necrosis"),
                                   QStringLiteral("uncontrolledSyndrome"),
                                   QStringLiteral("primaryResected"),
                                   QStringLiteral("completeResection"),
                                   QStringLiteral("neuroSymptoms"),
                                   QStringLiteral("ecogDueToDisease"),
                                   QStringLiteral("ppiUse"),
                                   QStringLiteral("renalImpairment"),
                                   QStringLiteral("metastases.liver"),
                                   QStringLiteral("metastases.bone"),
                                   QStringLiteral("metastases.lung"),
                                   QStringLiteral("metastases.peritoneum"),
                                   QStringLiteral("metastases.distantLymphNodes"),
                                   QStringLiteral("metastases.brain"),
                                   QStringLiteral("gradeDiscordant"),
                                   QStringLiteral("ki67NearCutoff"),
                                   QStringLiteral("differentiationConflict"),
                                   QStringLiteral("histologyDiscordant")};
    return names;
}

const QStringList& numberNames()
{
    static const QStringList names{QStringLiteral("ki67"),
                                   QStringLiteral("mitoses"),
                                   QStringLiteral("ecog"),
                                   QStringLiteral("resectableFraction"),
                                   QStringLiteral("metastases.liverLesionCount"),
                                   QStringLiteral("metastases.largestLiverLesionCm"),
                                   QStringLiteral("metastases.liverInvolvementPercent"),
                                   QStringLiteral("ageYears"),
                                   QStringLiteral("nearestCutoff")};
    return names;
}

void setBool(FactSet& facts, const FactSchema& schema, const char* name, bool value)
{
    FactValue& f = facts[static_cast<size_t>(schema.indexOf(QString::fromLatin1(name)))];
    f.present = true;
    f.boolean = value;
}

void setNumber(FactSet& facts, const FactSchema& schema, const char* name, std::optional<double> value)
{
    FactValue& f = facts[static_cast<size_t>(schema.indexOf(QString::fromLatin1(name)))];
    f.present = value.has_value();
    f.number = value.value_or(0);
}

void setText(FactSet& facts, const FactSchema& schema, const char* name, const QString& value)
{
    FactValue& f = facts[static_cast<size_t>(schema.indexOf(QString::fromLatin1(name)))];
    f.present = !value.isEmpty();
    f.text = value;
}

void setList(FactSet& facts, const FactSchema& schema, const char* name, const QStringList& value)
{
    FactValue& f = facts[static_cast<size_t>(schema.indexOf(QString::fromLatin1(name)))];
    f.present = true;
    f.list = value;
}

} // namespace

FactSchema::FactSchema(const QStringList& therapyCodes)
{
    for (const QString& name : boolNames())
        add({name, FactType::Boolean, {}, false, false, QString(), {}, {}, {}});
    for (const QString& name : numberNames())
        add({name, FactType::Number, {}, false, false, QString(), {}, {}, {}});
    const QList<std::pair<const char*, QStringList>> texts{
        {"primarySite", vocab::primarySites()},
        {"differentiation", vocab::differentiations()},
        {"reportedGrade", vocab::grades()},
        {"lungHistology", vocab::lungHistologies()},
        {"necHistology", vocab::necHistologies()},
        {"functionalSyndrome", vocab::functionalSyndromes()},
        {"sstrImaging", vocab::sstrImagingValues()},
        {"diseaseStatus", vocab::diseaseStatuses()},
        {"patient.sex", vocab::sexes()},
        {"category", vocab::categories()},
        {"grade", vocab::grades()},
        {"measuredGrade", vocab::grades()},
    };
    for (const auto& [name, values] : texts)
        add({QString::fromLatin1(name), FactType::Text, values, false, false, QString(), {}, {}, {}});
    add({QStringLiteral("priorSurgery"), FactType::List, vocab::priorSurgeries(), false, false, QString(), {}, {}, {}});
    add({QStringLiteral("priorTherapies"), FactType::List, therapyCodes, false, false, QString(), {}, {}, {}});
    m_recommended = add({QStringLiteral("recommended"), FactType::List, therapyCodes, false, true, QString(), {}, {}, {}});
}

int FactSchema::add(FactDefinition definition)
{
    const int index = static_cast<int>(m_facts.size());
    m_index.insert(definition.name, index);
    m_facts.push_back(std::move(definition));
    return index;
}

FactSet buildFacts(const FactSchema& schema, const Case& c, const Classification& cl)
{
    FactSet facts(static_cast<size_t>(schema.size()));
    if (c.necrosis)
        setBool(facts, schema, "necrosis", *c.necrosis);
    setBool(facts, schema, "uncontrolledSyndrome", c.uncontrolledSyndrome);
    setBool(facts, schema, "primaryResected", c.primaryResected);
    setBool(facts, schema, "completeResection", c.completeResection);
    setBool(facts, schema, "neuroSymptoms", c.neuroSymptoms);
    setBool(facts, schema, "ecogDueToDisease", c.ecogDueToDisease);
    setBool(facts, schema, "ppiUse", c.ppiUse);
    setBool(facts, schema, "renalImpairment", c.renalImpairment);
    setBool(facts, schema, "metastases.liver", c.metastases.liver);
    setBool(facts, schema, "metastases.bone", c.metastases.bone);
    setBool(facts, schema, "metastases.lung", c.metastases.lung);
    setBool(facts, schema, "metastases.peritoneum", c.metastases.peritoneum);
    setBool(facts, schema, "metastases.distantLymphNodes", c.metastases.distantLymphNodes);
    setBool(facts, schema, "metastases.brain", c.metastases.brain);
    setBool(facts, schema, "gradeDiscordant", cl.gradeDiscordant);
    setBool(facts, schema, "ki67NearCutoff", cl.ki67NearCutoff);
    setBool(facts, schema, "differentiationConflict", cl.differentiationConflict);
    setBool(facts, schema, "histologyDiscordant", cl.histologyDiscordant);

    setNumber(facts, schema, "ki67", c.ki67);
    setNumber(facts, schema, "mitoses", c.mitoses);
    setNumber(facts, schema, "ecog", c.ecog);
    setNumber(facts, schema, "resectableFraction", c.resectableFraction);
    setNumber(facts, schema, "metastases.liverLesionCount",
              c.metastases.liverLesionCount ? std::optional<double>(*c.metastases.liverLesionCount) : std::nullopt);
    setNumber(facts, schema, "metastases.largestLiverLesionCm", c.metastases.largestLiverLesionCm);
    setNumber(facts, schema, "metastases.liverInvolvementPercent", c.metastases.liverInvolvementPercent);
    const auto age = c.ageYears();
    setNumber(facts, schema, "ageYears", age ? std::optional<double>(*age) : std::nullopt);
    setNumber(facts, schema, "nearestCutoff", cl.nearestCutoff);

    setText(facts, schema, "primarySite", c.primarySite);
    setText(facts, schema, "differentiation", c.differentiation);
    setText(facts, schema, "reportedGrade", c.reportedGrade);
    setText(facts, schema, "lungHistology", c.lungHistology);
    setText(facts, schema, "necHistology", c.necHistology);
    setText(facts, schema, "functionalSyndrome", c.functionalSyndrome);
    setText(facts, schema, "sstrImaging", c.sstrImaging);
    setText(facts, schema, "diseaseStatus", c.diseaseStatus);
    setText(facts, schema, "patient.sex", c.patient.sex);
    setText(facts, schema, "category", cl.category);
    setText(facts, schema, "grade", cl.grade);
    setText(facts, schema, "measuredGrade", cl.measuredGrade);

    setList(facts, schema, "priorSurgery", c.priorSurgery);
    setList(facts, schema, "priorTherapies", c.priorTherapies);
    return facts;
}

QString factValueText(const FactValue& value, FactType type)
{
    if (!value.present)
        return QStringLiteral("not given");
    switch (type) {
    case FactType::Boolean:
        return value.boolean ? QStringLiteral("true") : QStringLiteral("false");
    case FactType::Number:
        return QString::number(value.number, 'g', 10);
    case FactType::Text:
        return value.text;
    case FactType::List:
        return value.list.isEmpty() ? QStringLiteral("none") : value.list.join(QStringLiteral(", "));
    }
    return QString();
}

} // namespace netdesk
