#pragma once

#include <QStringList>

namespace netdesk::cli {

// netdesk-cli board: tumour-board meetings (create, add, decide, close, show, list, summary PDF).
int runBoardCommand(const QStringList& args);

} // namespace netdesk::cli
