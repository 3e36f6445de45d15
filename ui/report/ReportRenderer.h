#pragma once

#include "core/Result.h"
#include "core/report/Report.h"

#include <QPageLayout>

class QPagedPaintDevice;

namespace netdesk {

// Lays a report out on pages of any paged device (QPdfWriter, QPrinter, the print preview): a
// running header with the clinic name and "page X of Y", the body, and a footer with the
// knowledge-base version. Qt Gui only (no widgets), so netdesk-cli links it too.
// Returns the number of pages.
Result<int> renderReport(const ReportDocument& report, QPagedPaintDevice& device);

// A4, portrait, the printouts' margins: the PDF, the printer and the preview share it.
QPageLayout reportPageLayout();

// A4 PDF at `path`, written to a temporary file first and renamed when complete, so that a failure
// never leaves half a PDF behind.
Result<int> writeReportPdf(const ReportDocument& report, const QString& path);

} // namespace netdesk
