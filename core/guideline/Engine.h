#pragma once

#include "core/Result.h"
#include "core/guideline/Classification.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/guideline/Plan.h"
#include "core/model/Case.h"

namespace netdesk {

struct PlanOptions
{
    QString protocol; // empty: the knowledge base's default
    QString language; // empty: the knowledge base's first language
};

// Evaluates a knowledge base against a case. Generic: it knows facts, conditions, therapy kinds
// (antitumour, symptomatic, procedure, supportive) and the ordering rules of the plan format, but
// no therapy, drug or clinical text.
class Engine final
{
public:
    explicit Engine(KnowledgeBasePtr kb);

    // Problems only for an unknown protocol or language; a validated case always gets a plan.
    Result<Plan> plan(const Case& c, const PlanOptions& options = {}) const;

    const KnowledgeBase& knowledgeBase() const { return *m_kb; }

private:
    KnowledgeBasePtr m_kb;
};

} // namespace netdesk
