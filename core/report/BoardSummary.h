#pragma once

#include "core/Result.h"
#include "core/board/BoardView.h"
#include "core/registry/Board.h"
#include "core/report/Report.h"

namespace netdesk {

class Database;

// The board's summary printout: meeting, attendees, and the agenda with each decision. The
// identified version (for the record) names each patient; the anonymous one shows only
// "Case N · sex · age band", built from the anonymous case views like the presentation.
Result<ReportDocument> buildBoardSummary(Database& db, const BoardMeeting& meeting, bool anonymous,
                                         const QString& clinic, const QDate& printed);

} // namespace netdesk
