#include "core/report/PatientGuide.h"

#include "core/StrictJson.h"

#include "core/guideline/KnowledgeBase.h"
#include "core/model/Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace netdesk {

namespace {

// The plan format's categories (docs/interchange.md): each needs its plain-language text.
const QStringList planCategories{QStringLiteral("NET_G1"),
                                 QStringLiteral("NET_G2"),
                                 QStringLiteral("NET_G3"),
                                 QStringLiteral("NEC"),
                                 QStringLiteral("NEN_G3_UNDETERMINED"),
                                 QStringLiteral("LUNG_TYPICAL_CARCINOID"),
                                 QStringLiteral("LUNG_ATYPICAL_CARCINOID")};

class Loader final
{
public:
    Loader(const KnowledgeBase& kb, PatientGuide& guide)
        : m_kb(kb)
        , m_guide(guide)
    {
    }

    void error(const QString& where, const QString& message) { m_problems.append({where, message}); }
    Problems problems() const { return m_problems; }

    void keys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        strict::unknownKeys(o, path, allowed, m_problems);
    }

    QHash<QString, QString> languages(const QJsonValue& v, const QString& path)
    {
        return strict::localTexts(v, path, m_guide.languages, m_problems);
    }

    GuideText text(const QJsonValue& v, const QString& path)
    {
        GuideText t;
        const QJsonObject o = v.toObject();
        keys(o, path, {QStringLiteral("text"), QStringLiteral("evidence"), QStringLiteral("review")});
        t.byLanguage = languages(o.value(QStringLiteral("text")), path + QStringLiteral(".text"));
        for (const QJsonValue& e : o.value(QStringLiteral("evidence")).toArray()) {
            if (!m_kb.references.contains(e.toString()))
                error(path + QStringLiteral(".evidence"),
                      QStringLiteral("'%1' is not a reference of the knowledge base").arg(e.toString()));
            t.evidence << e.toString();
        }
        if (t.evidence.isEmpty())
            error(path + QStringLiteral(".evidence"), QStringLiteral("needs at least one evidence label"));
        t.review = o.value(QStringLiteral("review")).toString();
        if (!vocab::reviewStates().contains(
                t.review))
            error(path + QStringLiteral(".review"), QStringLiteral("allowed: source_checked, pending, draft"));
        return t;
    }

    void run(const QJsonObject& root)
    {
        keys(root, QStringLiteral("$"),
             {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
              QStringLiteral("languages"), QStringLiteral("note"), QStringLiteral("categories"),
              QStringLiteral("glossary"), QStringLiteral("questions")});
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("netdesk.patient-guide/1"))
            error(QStringLiteral("format"), QStringLiteral("must be \"netdesk.patient-guide/1\""));
        m_guide.version = root.value(QStringLiteral("version")).toString();
        for (const QJsonValue& l : root.value(QStringLiteral("languages")).toArray())
            m_guide.languages << l.toString();
        if (m_guide.languages.isEmpty())
            error(QStringLiteral("languages"), QStringLiteral("must name at least one language"));
        m_guide.note = text(root.value(QStringLiteral("note")), QStringLiteral("note"));
        const QJsonObject categories = root.value(QStringLiteral("categories")).toObject();
        for (auto it = categories.begin(); it != categories.end(); ++it) {
            if (!planCategories.contains(it.key()))
                error(QStringLiteral("categories.") + it.key(),
                      QStringLiteral("not a plan category; allowed: %1").arg(planCategories.join(u", ")));
            m_guide.categories.insert(it.key(), text(it.value(), QStringLiteral("categories.") + it.key()));
        }
        for (const QString& c : planCategories) {
            if (!categories.contains(c))
                error(QStringLiteral("categories.") + c, QStringLiteral("missing"));
        }
        const QJsonArray glossary = root.value(QStringLiteral("glossary")).toArray();
        for (qsizetype i = 0; i < glossary.size(); ++i) {
            const QString path = QStringLiteral("glossary[%1]").arg(i);
            const QJsonObject g = glossary.at(i).toObject();
            keys(g, path,
                 {QStringLiteral("term"), QStringLiteral("text"), QStringLiteral("evidence"),
                  QStringLiteral("review")});
            GuideTerm term;
            term.term = languages(g.value(QStringLiteral("term")), path + QStringLiteral(".term"));
            QJsonObject rest = g;
            rest.remove(QStringLiteral("term"));
            term.text = text(rest, path);
            m_guide.glossary << term;
        }
        const QJsonArray questions = root.value(QStringLiteral("questions")).toArray();
        for (qsizetype i = 0; i < questions.size(); ++i)
            m_guide.questions << languages(questions.at(i), QStringLiteral("questions[%1]").arg(i));
    }

private:
    const KnowledgeBase& m_kb;
    PatientGuide& m_guide;
    Problems m_problems;
};

} // namespace

Result<std::shared_ptr<const PatientGuide>> PatientGuide::load(const QByteArray& json, const KnowledgeBase& kb)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Problems{{QStringLiteral("$"), QStringLiteral("not a JSON object: %1").arg(parseError.errorString())}};
    auto guide = std::make_shared<PatientGuide>();
    Loader loader(kb, *guide);
    loader.run(doc.object());
    if (!loader.problems().isEmpty())
        return loader.problems();
    return std::shared_ptr<const PatientGuide>(std::move(guide));
}

Result<std::shared_ptr<const PatientGuide>> PatientGuide::loadEmbedded(const KnowledgeBase& kb)
{
    QFile file(QStringLiteral(":/report/patient-guide.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Problems{{file.fileName(), QStringLiteral("cannot be read")}};
    return load(file.readAll(), kb);
}

} // namespace netdesk
