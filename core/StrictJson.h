#pragma once

// The strict checks that every data file's loader shares (knowledge-base companions: the patient
// guide, the course-review rules, the lab tests): unknown keys, and texts by language.
#include "core/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace netdesk::strict {

// A problem for every key of `o` not in `allowed`, at `path.key`.
inline void unknownKeys(const QJsonObject& o, const QString& path, const QStringList& allowed, Problems& problems)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            problems.append({path + u'.' + it.key(),
                             QStringLiteral("unknown key; allowed: %1").arg(allowed.join(QStringLiteral(", ")))});
    }
}

// `v` as {language: non-empty text}, with exactly the declared `languages`; problems name the path.
inline QHash<QString, QString> localTexts(const QJsonValue& v, const QString& path, const QStringList& languages,
                                          Problems& problems)
{
    QHash<QString, QString> out;
    if (!v.isObject()) {
        problems.append({path, QStringLiteral("must be an object of texts by language, e.g. {\"en\": \"...\"}")});
        return out;
    }
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!languages.contains(it.key()))
            problems.append({path + u'.' + it.key(), QStringLiteral("language not declared in 'languages'")});
        else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            problems.append({path + u'.' + it.key(), QStringLiteral("must be a non-empty text")});
        else
            out.insert(it.key(), it.value().toString());
    }
    for (const QString& language : languages) {
        if (!o.contains(language))
            problems.append({path + u'.' + language, QStringLiteral("missing text for this language")});
    }
    return out;
}

} // namespace netdesk::strict
