#include "ui/report/ReportRenderer.h"

#include "core/io/SecureFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>

namespace netdesk {

Result<int> renderReport(const ReportDocument& report, QPagedPaintDevice& device)
{
    QPainter painter;
    if (!painter.begin(&device))
        return Problems{{QStringLiteral("output"), QStringLiteral("cannot paint on the output device"), true}};
    // The layout always happens at 300 dpi (a metrics-only image of that resolution), and the
    // painter scales to the device: a 1200-dpi printer then gets the same pages as the 300-dpi PDF.
    // (Laid out at the printer's own 1200 dpi, Qt's text layout took six times as many pages.)
    constexpr double layoutDpi = 300.0;
    QImage metrics(1, 1, QImage::Format_RGB32);
    metrics.setDotsPerMeterX(qRound(layoutDpi / 0.0254));
    metrics.setDotsPerMeterY(qRound(layoutDpi / 0.0254));
    const QRectF area(QPointF(0, 0), device.pageLayout().paintRect(QPageLayout::Inch).size() * layoutDpi);
    painter.scale(device.logicalDpiX() / layoutDpi, device.logicalDpiY() / layoutDpi);
    const auto pt = [](double points) { return points * layoutDpi / 72.0; };

    QFont bodyFont(QStringLiteral("DejaVu Sans"));
    bodyFont.setPointSizeF(report.bodyPointSize);
    QFont smallFont(bodyFont);
    smallFont.setPixelSize(qRound(8.5 * layoutDpi / 72.0)); // in layout pixels: the painter scales to the device

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&metrics); // fonts at the layout resolution
    doc.setDefaultFont(bodyFont);
    doc.setHtml(report.html);
    // Each page is the whole printable area; the root frame's top and bottom margins repeat on every
    // page and hold the running header and footer, so no line of text straddles a page break.
    const double headerHeight = pt(24);
    const double footerHeight = pt(36);
    QTextFrameFormat frame = doc.rootFrame()->frameFormat();
    frame.setTopMargin(headerHeight);
    frame.setBottomMargin(footerHeight);
    frame.setLeftMargin(0);
    frame.setRightMargin(0);
    doc.rootFrame()->setFrameFormat(frame);
    const QSizeF page(area.width(), area.height());
    doc.setPageSize(page);
    const int pages = doc.pageCount();

    for (int index = 0; index < pages; ++index) {
        if (index > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -index * page.height());
        doc.drawContents(&painter, QRectF(0, index * page.height(), page.width(), page.height()));
        painter.restore();
        // Header: clinic name and title left, page X of Y right, a rule below.
        painter.setPen(Qt::black);
        painter.setFont(smallFont);
        const QRectF header(0, 0, area.width(), pt(14));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, report.header + QStringLiteral(" · ") + report.title);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, report.pageLabel.arg(index + 1).arg(pages));
        painter.drawLine(QPointF(0, pt(17)), QPointF(area.width(), pt(17)));
        // Footer: knowledge-base version and the decision-support note.
        const double top = area.height() - pt(28);
        painter.drawLine(QPointF(0, top), QPointF(area.width(), top));
        painter.drawText(QRectF(0, top + pt(4), area.width(), pt(24)),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, report.footer);
    }
    painter.end();
    return pages;
}

QPageLayout reportPageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 14, 18, 14),
                       QPageLayout::Millimeter);
}

Result<int> writeReportPdf(const ReportDocument& report, const QString& path)
{
    // Refused before anything is laid out: a link at the path (its target would be overwritten).
    if (const Problems refused = checkOutputPath(path); !refused.isEmpty())
        return refused;
    // Laid out in memory, then written owner-only in one checked step (no QSaveFile: it follows links
    // and takes the umask's mode).
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(reportPageLayout());
        writer.setTitle(report.title);
        writer.setCreator(QStringLiteral("NETDesk ") + QCoreApplication::applicationVersion());
        const auto rendered = renderReport(report, writer);
        if (!rendered.ok())
            return rendered.problems();
        pages = rendered.value();
    } // the writer finishes the PDF when it goes
    buffer.close();
    if (buffer.data().isEmpty())
        return Problems{{QStringLiteral("pdf"), QStringLiteral("%1: the PDF came out empty").arg(path), true}};
    const Problems written = writeConfidentialFile(path, buffer.data());
    if (!written.isEmpty())
        return written;
    return pages;
}

} // namespace netdesk
