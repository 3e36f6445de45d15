#pragma once

// Shared by the core test suites: the embedded knowledge base, a base case with overrides, and
// planning it in-process.
#include "core/guideline/Engine.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/model/CaseReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace netdesk::test {

inline KnowledgeBasePtr embeddedKb()
{
    static const KnowledgeBasePtr kb = [] {
        auto loaded = KnowledgeBase::loadEmbedded();
        if (!loaded.ok())
            qFatal("embedded knowledge base does not load: %s", qPrintable(loaded.messages().join(u'\n')));
        return loaded.value();
    }();
    return kb;
}

inline QDate fixedToday()
{
    return QDate(2026, 11, 27);
}

// Merges `patch` onto `base`: objects merge recursively, null removes a key, anything else replaces.
inline QJsonObject merged(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

inline QJsonObject parseObject(const QByteArray& json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("test JSON does not parse: %s (%s)", json.constData(), qPrintable(error.errorString()));
    return doc.object();
}

struct Planned
{
    bool ok = false;
    QStringList problems;
    Plan plan;
};

inline Planned planFor(const QJsonObject& caseObject, const QString& protocol = {})
{
    Planned out;
    const auto c = CaseReader::fromObject(caseObject, {fixedToday(), embeddedKb()->therapyCodes});
    if (!c.ok()) {
        out.problems = c.messages();
        return out;
    }
    const auto plan = Engine(embeddedKb()).plan(c.value(), {protocol, QString()});
    if (!plan.ok()) {
        out.problems = plan.messages();
        return out;
    }
    out.ok = true;
    out.plan = plan.value();
    return out;
}

// `plan` as a plan stored before the honest review states: every recommendation says `approved`
// and the knowledge base has no clinicalReview (what plans of knowledge base 2026.11.2 look like).
inline QJsonObject storedUnderEarlierWording(QJsonObject plan)
{
    QJsonArray recs = plan.value(QStringLiteral("recommendations")).toArray();
    for (qsizetype i = 0; i < recs.size(); ++i) {
        QJsonObject r = recs.at(i).toObject();
        r.insert(QStringLiteral("review"), QStringLiteral("approved"));
        recs.replace(i, r);
    }
    plan.insert(QStringLiteral("recommendations"), recs);
    QJsonObject kb = plan.value(QStringLiteral("knowledgeBase")).toObject();
    kb.remove(QStringLiteral("clinicalReview"));
    plan.insert(QStringLiteral("knowledgeBase"), kb);
    return plan;
}

} // namespace netdesk::test
