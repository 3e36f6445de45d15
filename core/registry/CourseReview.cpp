#include "core/registry/CourseReview.h"

#include "core/StrictJson.h"

#include "core/guideline/KnowledgeBase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace netdesk {

namespace {

// The schema's CHECK list of stop reasons: the data labels exactly these.
const QStringList storableStopReasons{QStringLiteral("progression"), QStringLiteral("toxicity"),
                                      QStringLiteral("completed"),   QStringLiteral("patient_choice"),
                                      QStringLiteral("death"),       QStringLiteral("other")};
const QStringList markerTests{QStringLiteral("CGA"), QStringLiteral("5HIAA"), QStringLiteral("NTPROBNP")};

class Loader final
{
public:
    Loader(const KnowledgeBase& kb, CourseReview& out)
        : m_kb(kb)
        , m_out(out)
    {
    }
    Problems problems() const { return m_problems; }
    void error(const QString& where, const QString& message) { m_problems.append({where, message}); }

    void keys(const QJsonObject& o, const QString& path, const QStringList& allowed)
    {
        strict::unknownKeys(o, path, allowed, m_problems);
    }

    QHash<QString, QString> texts(const QJsonValue& v, const QString& path)
    {
        return strict::localTexts(v, path, m_out.languages, m_problems);
    }

    void rule(const QJsonObject& o, const QString& path)
    {
        CourseRule r;
        r.id = o.value(QStringLiteral("id")).toString();
        r.kind = o.value(QStringLiteral("kind")).toString();
        QStringList allowed{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("text"),
                            QStringLiteral("evidence"), QStringLiteral("review")};
        if (r.kind == QLatin1String("markerRise"))
            allowed << QStringLiteral("tests") << QStringLiteral("risePercent");
        else if (r.kind == QLatin1String("planAge"))
            allowed << QStringLiteral("defaultMonths") << QStringLiteral("months");
        keys(o, path, allowed);
        if (r.id.isEmpty())
            error(path + QStringLiteral(".id"), QStringLiteral("missing"));
        for (const CourseRule& other : std::as_const(m_out.rules)) {
            if (other.id == r.id)
                error(path + QStringLiteral(".id"), QStringLiteral("'%1' is used twice").arg(r.id));
        }
        if (!CourseReview::kinds().contains(r.kind))
            error(path + QStringLiteral(".kind"),
                  QStringLiteral("'%1' is not allowed; allowed: %2").arg(r.kind, CourseReview::kinds().join(u", ")));
        r.text = texts(o.value(QStringLiteral("text")), path + QStringLiteral(".text"));
        for (const QJsonValue& e : o.value(QStringLiteral("evidence")).toArray()) {
            if (!m_kb.references.contains(e.toString()))
                error(path + QStringLiteral(".evidence"),
                      QStringLiteral("'%1' is not a reference of the knowledge base").arg(e.toString()));
            r.evidence << e.toString();
        }
        if (r.evidence.isEmpty())
            error(path + QStringLiteral(".evidence"), QStringLiteral("needs at least one evidence label"));
        r.review = o.value(QStringLiteral("review")).toString();
        static const QStringList reviews{QStringLiteral("source_checked"), QStringLiteral("pending"),
                                         QStringLiteral("draft")};
        if (!reviews.contains(r.review))
            error(path + QStringLiteral(".review"),
                  QStringLiteral("'%1' is not allowed; allowed: %2").arg(r.review, reviews.join(u", ")));
        if (r.kind == QLatin1String("markerRise")) {
            for (const QJsonValue& t : o.value(QStringLiteral("tests")).toArray()) {
                if (!markerTests.contains(t.toString()))
                    error(
                        path + QStringLiteral(".tests"),
                        QStringLiteral("'%1' is not allowed; allowed: %2").arg(t.toString(), markerTests.join(u", ")));
                r.tests << t.toString();
            }
            if (r.tests.isEmpty())
                error(path + QStringLiteral(".tests"), QStringLiteral("must name at least one test"));
            const QJsonValue pct = o.value(QStringLiteral("risePercent"));
            r.risePercent = pct.toDouble(-1);
            if (!pct.isDouble() || r.risePercent <= 0 || r.risePercent > 1000)
                error(path + QStringLiteral(".risePercent"), QStringLiteral("must be a number above 0 and up to 1000"));
        }
        if (r.kind == QLatin1String("planAge")) {
            const QJsonValue d = o.value(QStringLiteral("defaultMonths"));
            r.defaultMonths = d.toInt(-1);
            if (!d.isDouble() || r.defaultMonths < 1 || r.defaultMonths > 120)
                error(path + QStringLiteral(".defaultMonths"), QStringLiteral("must be a whole number 1–120"));
            const QJsonObject months = o.value(QStringLiteral("months")).toObject();
            for (auto it = months.begin(); it != months.end(); ++it) {
                if (!m_kb.protocol(it.key()))
                    error(path + QStringLiteral(".months.") + it.key(),
                          QStringLiteral("not a follow-up protocol of the knowledge base; allowed: %1")
                              .arg(m_kb.protocolIds().join(u", ")));
                const int m = it.value().toInt(-1);
                if (m < 1 || m > 120)
                    error(path + QStringLiteral(".months.") + it.key(), QStringLiteral("must be a whole number 1–120"));
                r.months.insert(it.key(), m);
            }
        }
        m_out.rules << r;
    }

    void run(const QJsonObject& root)
    {
        keys(root, QStringLiteral("$"),
             {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("description"),
              QStringLiteral("languages"), QStringLiteral("rules"), QStringLiteral("stopReasons")});
        if (root.value(QStringLiteral("format")).toString() != QLatin1String("netdesk.course-review/1"))
            error(QStringLiteral("format"), QStringLiteral("must be \"netdesk.course-review/1\""));
        m_out.version = root.value(QStringLiteral("version")).toString();
        if (m_out.version.isEmpty())
            error(QStringLiteral("version"), QStringLiteral("missing"));
        for (const QJsonValue& l : root.value(QStringLiteral("languages")).toArray())
            m_out.languages << l.toString();
        if (m_out.languages.isEmpty())
            error(QStringLiteral("languages"), QStringLiteral("must name at least one language"));
        const QJsonArray rules = root.value(QStringLiteral("rules")).toArray();
        for (qsizetype i = 0; i < rules.size(); ++i)
            rule(rules.at(i).toObject(), QStringLiteral("rules[%1]").arg(i));
        const QJsonObject reasons = root.value(QStringLiteral("stopReasons")).toObject();
        for (auto it = reasons.begin(); it != reasons.end(); ++it) {
            if (!storableStopReasons.contains(it.key()))
                error(QStringLiteral("stopReasons.") + it.key(),
                      QStringLiteral("not allowed; allowed: %1").arg(storableStopReasons.join(u", ")));
            m_out.stopReasons.insert(it.key(), texts(it.value(), QStringLiteral("stopReasons.") + it.key()));
        }
        for (const QString& r : storableStopReasons) {
            if (!reasons.contains(r))
                error(QStringLiteral("stopReasons.") + r, QStringLiteral("missing"));
        }
    }

private:
    const KnowledgeBase& m_kb;
    CourseReview& m_out;
    Problems m_problems;
};

} // namespace

QStringList CourseReview::kinds()
{
    return {QStringLiteral("imagingProgression"), QStringLiteral("markerRise"), QStringLiteral("therapyStopped"),
            QStringLiteral("planAge")};
}

QString CourseReview::stopReasonLabel(const QString& code, const QString& language) const
{
    const auto labels = stopReasons.value(code);
    return labels.value(language, labels.value(QStringLiteral("en"), code));
}

Result<std::shared_ptr<const CourseReview>> CourseReview::load(const QByteArray& json, const KnowledgeBase& kb)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Problems{{QStringLiteral("$"), QStringLiteral("not a JSON object: %1").arg(parseError.errorString())}};
    auto out = std::make_shared<CourseReview>();
    Loader loader(kb, *out);
    loader.run(doc.object());
    if (!loader.problems().isEmpty())
        return loader.problems();
    return std::shared_ptr<const CourseReview>(std::move(out));
}

Result<std::shared_ptr<const CourseReview>> CourseReview::loadEmbedded(const KnowledgeBase& kb)
{
    QFile file(QStringLiteral(":/knowledge/course-review.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Problems{{file.fileName(), QStringLiteral("cannot be read"), true}};
    return load(file.readAll(), kb);
}

} // namespace netdesk
