#pragma once

#include "core/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace netdesk {

class KnowledgeBase;

// The plain-language texts of the patient printout that no rule decides: what each category means,
// a glossary, questions to ask the team and the printout's note (resources/report/patient-guide.json,
// embedded as :/report/patient-guide.json). Data, not code, like the knowledge base; each text has
// evidence labels (checked against the knowledge base's references) and a review state.
struct GuideText
{
    QHash<QString, QString> byLanguage;
    QStringList evidence;
    QString review;
    QString get(const QString& language) const { return byLanguage.value(language); }
};

struct GuideTerm
{
    QHash<QString, QString> term;
    GuideText text;
};

struct PatientGuide
{
    QString version;
    QStringList languages;
    GuideText note;
    QMap<QString, GuideText> categories; // by plan category code
    QList<GuideTerm> glossary;
    QList<QHash<QString, QString>> questions;

    // Strict: unknown keys, a missing language, an evidence label the knowledge base does not cite,
    // or a plan category without its text are errors naming the JSON path.
    static Result<std::shared_ptr<const PatientGuide>> load(const QByteArray& json, const KnowledgeBase& kb);
    static Result<std::shared_ptr<const PatientGuide>> loadEmbedded(const KnowledgeBase& kb);
};

using PatientGuidePtr = std::shared_ptr<const PatientGuide>;

} // namespace netdesk
