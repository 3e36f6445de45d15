#pragma once

#include "core/guideline/Plan.h"

#include <QByteArray>
#include <QJsonObject>

namespace netdesk {

// The plan as netdesk.plan/1 JSON (UTF-8, indented by two spaces). Keys come in the fixed order of
// the format and lists in the plan's order, so the same case, knowledge base and date give
// byte-identical output.
QByteArray planToJson(const Plan& plan);

// The same document as a QJsonObject (parsed from planToJson, so the two cannot disagree).
QJsonObject planToJsonObject(const Plan& plan);

} // namespace netdesk
