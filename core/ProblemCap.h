#pragma once

#include "core/Result.h"

namespace netdesk {

// At most `max` problems, then one "… and N more": a flood of bad input never floods the terminal.
inline Problems capped(Problems problems, qsizetype max = 50)
{
    if (problems.size() <= max)
        return problems;
    const qsizetype more = problems.size() - max;
    problems.resize(max);
    problems.append({QStringLiteral("problems"), QStringLiteral("… and %1 more").arg(more)});
    return problems;
}

} // namespace netdesk
