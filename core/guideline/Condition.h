#pragma once

#include "core/Result.h"
#include "core/guideline/Facts.h"

#include <QJsonValue>
#include <QStringList>

#include <memory>
#include <vector>

namespace netdesk {

// A compiled "when" of the knowledge base. An object's keys must all hold (a list of values means
// any of them; {"lt": 10} style objects compare numbers; includesAny / includesAll / includesNone
// test lists; noneOf excludes values; present tests whether a value was given); "anyOf", "allOf"
// and "not" combine. Every clause that holds can be explained in words.
class Condition final
{
public:
    Condition();

    // Compiles json; problems name the JSON path under `path`.
    static Condition compile(const QJsonValue& json, const QString& path, const FactSchema& schema, Problems& problems);

    // True when the condition holds; appends a line for each clause that held to `why`, worded in
    // `language` (the plan's; empty or unknown: English).
    bool evaluate(const FactSet& facts, QStringList* why, const QString& language = {}) const;

    // Whether a fact marked secondPass is named (directly or through a derived fact).
    bool usesSecondPass() const { return m_secondPass; }
    bool isEmpty() const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root; // immutable once compiled, so copies share it
    bool m_secondPass = false;
    const FactSchema* m_schema = nullptr;
};

} // namespace netdesk
