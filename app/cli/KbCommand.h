#pragma once

#include <QStringList>

namespace netdesk::cli {

// netdesk-cli kb: the knowledge base against a registry (impact of a new version).
int runKbCommand(const QStringList& args);

} // namespace netdesk::cli
