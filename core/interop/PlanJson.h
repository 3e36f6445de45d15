#pragma once

#include "core/guideline/Plan.h"

#include <QByteArray>
#include <QJsonObject>

namespace netdesk {

// The plan as netdesk.plan/1 JSON. Keys are written in a fixed (sorted) order and lists in the
// plan's order, so the same case, knowledge base and date give byte-identical output.
QJsonObject planToJsonObject(const Plan& plan);
QByteArray planToJson(const Plan& plan);

} // namespace netdesk
