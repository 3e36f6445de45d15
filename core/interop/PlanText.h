#pragma once

#include "core/guideline/Plan.h"

#include <QString>

namespace netdesk {

// The plan for a clinician at a terminal: sections, warnings first by severity, the why of each
// recommendation with its sources and review status.
QString planToText(const Plan& plan, int width = 100);

} // namespace netdesk
