#include "ui/course/CourseChart.h"

#include "core/guideline/KnowledgeBase.h"
#include "core/registry/LabTests.h"

#include <QFontMetrics>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <functional>

namespace netdesk {

namespace {

constexpr double daysPerMonth = 30.4375;

QString words(const QString& code)
{
    return QString(code).replace(u'_', u' ');
}

QString number(double v)
{
    return QString::number(v, 'g', 4);
}

QString recistWords(const QString& code, const QString& language)
{
    if (code == QLatin1String("CR/PR"))
        return CourseChart::tr("response (complete or partial)");
    const auto labs = LabTests::embedded();
    return labs.ok() ? labs.value()->responseLabel(code, language) : code;
}

QString stopWords(const QString& code, const CourseReview* review, const QString& language)
{
    if (code.isEmpty())
        return {};
    if (review) {
        const QString label = review->stopReasonLabel(code, language);
        if (!label.isEmpty())
            return label;
    }
    return words(code);
}

struct Palette
{
    QColor background;
    QColor text;
    QColor grid;
    QColor bar;
    QColor barRunning;
    QList<QColor> series;
    QColor progression;
    QColor stable;
    QColor response;
};

Palette colours(bool highContrast)
{
    if (highContrast)
        return {QColor(0, 0, 0),
                QColor(255, 255, 255),
                QColor(90, 90, 90),
                QColor(60, 110, 200),
                QColor(0, 150, 110),
                {QColor(255, 215, 0), QColor(0, 229, 255), QColor(255, 120, 255), QColor(255, 160, 60)},
                QColor(255, 80, 80),
                QColor(230, 230, 230),
                QColor(110, 255, 110)};
    return {
        QColor(255, 255, 255), QColor(20, 20, 20),
        QColor(215, 215, 215), QColor(120, 160, 225),
        QColor(90, 190, 150),  {QColor(31, 119, 180), QColor(214, 39, 40), QColor(44, 160, 44), QColor(148, 103, 189)},
        QColor(200, 0, 0),     QColor(90, 90, 90),
        QColor(0, 140, 0)};
}

} // namespace

CourseChart::CourseChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("courseChart"));
    setAccessibleName(tr("Course: therapy lines, markers and imaging"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    updateText();
}

void CourseChart::clear()
{
    m_lines.clear();
    m_series.clear();
    m_scans.clear();
    m_reference = {};
    updateText();
    update();
}

void CourseChart::setCourse(const QList<TherapyLine>& lines, const QList<ResultRecord>& results, const QDate& reference,
                            Mode mode, const KnowledgeBase& kb, const CourseReview* review, const QString& language)
{
    m_lines.clear();
    m_series.clear();
    m_scans.clear();
    m_mode = mode;
    m_reference = reference;
    m_language = language;
    QList<TherapyLine> sortedLines = lines;
    std::stable_sort(sortedLines.begin(), sortedLines.end(),
                     [](const TherapyLine& a, const TherapyLine& b) { return a.startDate < b.startDate; });
    for (const TherapyLine& l : sortedLines) {
        Line line;
        const auto therapy = kb.therapies.constFind(l.therapy);
        line.name = therapy != kb.therapies.constEnd() ? therapy->name.get(language) : QString();
        if (line.name.isEmpty() && therapy != kb.therapies.constEnd())
            line.name = therapy->name.get(QStringLiteral("en"));
        if (line.name.isEmpty())
            line.name = words(l.therapy);
        line.start = static_cast<int>(reference.daysTo(l.startDate));
        if (l.stopDate.isValid())
            line.stop = static_cast<int>(reference.daysTo(l.stopDate));
        line.stopReason = stopWords(l.stopReason, review, language);
        line.bestResponse = l.bestResponse.isEmpty() ? QString() : recistWords(l.bestResponse, language);
        m_lines << line;
    }
    QList<ResultRecord> sorted = results;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ResultRecord& a, const ResultRecord& b) { return a.resultDate < b.resultDate; });
    const auto labs = LabTests::embedded();
    for (const ResultRecord& r : sorted) {
        const int day = static_cast<int>(reference.daysTo(r.resultDate));
        if (r.kind == QLatin1String("IMAGING")) {
            const QString code = r.recist();
            if (!code.isEmpty())
                m_scans << Scan{day, code, recistWords(code, language)};
            continue;
        }
        if (!r.value)
            continue;
        auto series = std::find_if(m_series.begin(), m_series.end(), [&](const Series& s) { return s.test == r.kind; });
        if (series == m_series.end()) {
            const LabTest* lab = labs.ok() ? labs.value()->test(r.kind) : nullptr;
            m_series << Series{
                r.kind, lab ? lab->label.value(language, lab->label.value(QStringLiteral("en"))) : r.kind, {}};
            series = m_series.end() - 1;
        }
        series->points << Point{day, *r.value, r.unit, r.uln};
    }
    updateText();
    update();
}

void CourseChart::setCourse(const BoardCaseView& view, const CourseReview* review, const QString& language)
{
    m_lines.clear();
    m_series.clear();
    m_scans.clear();
    m_mode = Mode::Anonymous;
    m_reference = {}; // the meeting's date is not known here, and not needed
    m_language = language;
    for (const BoardCaseView::Line& l : view.lines)
        m_lines << Line{l.name.isEmpty() ? words(l.therapy) : l.name, l.startDay, l.stopDay,
                        stopWords(l.stopReason, review, language),
                        l.bestResponse.isEmpty() ? QString() : recistWords(l.bestResponse, language)};
    for (const BoardCaseView::MarkerSeries& s : view.markers) {
        Series series{s.test, s.label.isEmpty() ? s.test : s.label, {}};
        for (const BoardCaseView::MarkerPoint& p : s.points)
            series.points << Point{p.day, p.value, p.unit, p.uln};
        std::stable_sort(series.points.begin(), series.points.end(),
                         [](const Point& a, const Point& b) { return a.day < b.day; });
        m_series << series;
    }
    for (const BoardCaseView::ImagingPoint& i : view.imaging) {
        if (!i.recist.isEmpty())
            m_scans << Scan{i.day, i.recist, recistWords(i.recist, language)};
    }
    std::stable_sort(m_scans.begin(), m_scans.end(), [](const Scan& a, const Scan& b) { return a.day < b.day; });
    updateText();
    update();
}

void CourseChart::setScale(Scale scale)
{
    m_scale = scale;
    updateText();
    update();
}

void CourseChart::setHighContrast(bool on)
{
    m_highContrast = on;
    updateGeometry();
    update();
}

QString CourseChart::when(int day) const
{
    if (m_mode == Mode::Dated && m_reference.isValid())
        return m_reference.addDays(day).toString(Qt::ISODate);
    return relative(day);
}

QString CourseChart::withoutDates(const QString& text, const QDate& meeting)
{
    static const QRegularExpression iso(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b"));
    QString out;
    qsizetype at = 0;
    auto it = iso.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += text.mid(at, m.capturedStart() - at);
        const QDate d = QDate::fromString(m.captured(), Qt::ISODate);
        out += d.isValid() && meeting.isValid() ? mark(static_cast<int>(meeting.daysTo(d))) : tr("(date)");
        at = m.capturedEnd();
    }
    return out + text.mid(at);
}

// "day −9" within three months of the meeting, else "month −14": short enough to stand where a date
// stood in a sentence ("Imaging on day −9 shows ...").
QString CourseChart::mark(int day)
{
    const auto signedNumber = [](int n) {
        return n < 0 ? QStringLiteral("\u2212%1").arg(-n) : n > 0 ? QStringLiteral("+%1").arg(n) : QStringLiteral("0");
    };
    if (std::abs(day) <= 92)
        return tr("day %1").arg(signedNumber(day));
    return tr("month %1").arg(signedNumber(static_cast<int>(std::lround(day / daysPerMonth))));
}

QString CourseChart::relative(int day)
{
    if (day == 0)
        return tr("at the meeting");
    const int days = std::abs(day);
    if (days < 31)
        return day < 0 ? tr("%n day(s) before the meeting", nullptr, days)
                       : tr("%n day(s) after the meeting", nullptr, days);
    const int months = static_cast<int>(std::lround(days / daysPerMonth));
    return day < 0 ? tr("%n month(s) before the meeting", nullptr, months)
                   : tr("%n month(s) after the meeting", nullptr, months);
}

QString CourseChart::tickLabel(int day) const
{
    if (m_mode == Mode::Dated && m_reference.isValid()) {
        const QDate d = m_reference.addDays(day);
        return d.month() == 1 && d.day() == 1 ? d.toString(QStringLiteral("yyyy"))
                                              : d.toString(QStringLiteral("yyyy-MM"));
    }
    const int months = static_cast<int>(std::lround(day / daysPerMonth));
    if (months == 0)
        return tr("meeting");
    // U+2212 minus: a typographic sign that reads clearly at a distance.
    return tr("%1 mo").arg(months < 0 ? QStringLiteral("\u2212%1").arg(-months) : QStringLiteral("+%1").arg(months));
}

QString CourseChart::axisTitle() const
{
    if (m_mode == Mode::Dated && m_reference.isValid())
        return tr("Date");
    return tr("Months before (−) and after (+) the meeting");
}

std::pair<int, int> CourseChart::span() const
{
    int first = 0;
    int last = 0;
    for (const Line& l : m_lines) {
        first = std::min(first, l.start);
        last = std::max(last, l.stop.value_or(l.start));
    }
    for (const Series& s : m_series) {
        for (const Point& p : s.points) {
            first = std::min(first, p.day);
            last = std::max(last, p.day);
        }
    }
    for (const Scan& s : m_scans) {
        first = std::min(first, s.day);
        last = std::max(last, s.day);
    }
    const int pad = std::max(30, (last - first) / 20);
    return {first - pad, last + pad};
}

QList<int> CourseChart::ticks(int first, int last, int maxTicks) const
{
    QList<int> out;
    const double months = (last - first) / daysPerMonth;
    int step = 60;
    for (const int s : {1, 2, 3, 6, 12, 24, 36, 60}) {
        if (months / s <= std::max(2, maxTicks)) {
            step = s;
            break;
        }
    }
    if (m_mode == Mode::Dated && m_reference.isValid()) {
        const QDate from = m_reference.addDays(first);
        QDate d(from.year(), 1, 1);
        while (d < from || (d.month() - 1) % step != 0)
            d = d.addMonths(1);
        for (; m_reference.daysTo(d) <= last; d = d.addMonths(step))
            out << static_cast<int>(m_reference.daysTo(d));
        return out;
    }
    const int lo = static_cast<int>(std::ceil(first / daysPerMonth / step));
    const int hi = static_cast<int>(std::floor(last / daysPerMonth / step));
    for (int m = lo; m <= hi; ++m)
        out << static_cast<int>(std::lround(m * step * daysPerMonth));
    return out;
}

QStringList CourseChart::axisLabels() const
{
    const auto [first, last] = span();
    QStringList out;
    for (const int t : ticks(first, last))
        out << tickLabel(t);
    return out;
}

QList<QPointF> CourseChart::plotted(const QString& test) const
{
    QList<QPointF> out;
    for (const Series& s : m_series) {
        if (s.test != test)
            continue;
        for (const Point& p : s.points) {
            if (m_scale == Scale::Values)
                out << QPointF(p.day, p.value);
            else if (p.uln && *p.uln > 0)
                out << QPointF(p.day, p.value / *p.uln);
        }
    }
    return out;
}

int CourseChart::leftOut() const
{
    if (m_scale == Scale::Values)
        return 0;
    int n = 0;
    for (const Series& s : m_series) {
        for (const Point& p : s.points)
            n += p.uln && *p.uln > 0 ? 0 : 1;
    }
    return n;
}

QString CourseChart::summaryText() const
{
    QStringList out;
    if (m_lines.isEmpty())
        out << tr("Therapy lines: none recorded.");
    else
        out << tr("Therapy lines:");
    for (const Line& l : m_lines) {
        QString text = l.stop ? tr("%1: from %2 to %3").arg(l.name, when(l.start), when(*l.stop))
                              : tr("%1: from %2, running").arg(l.name, when(l.start));
        if (!l.stopReason.isEmpty())
            text += tr("; stopped: %1").arg(l.stopReason);
        if (!l.bestResponse.isEmpty())
            text += tr("; best response: %1").arg(l.bestResponse);
        out << QStringLiteral("• ") + text;
    }
    if (m_series.isEmpty())
        out << tr("Markers: none recorded.");
    else
        out << tr("Markers (last value):");
    for (const Series& s : m_series) {
        if (s.points.isEmpty())
            continue;
        const Point& p = s.points.back();
        QString text = tr("%1: %2 %3").arg(s.label, number(p.value), p.unit);
        if (p.uln && *p.uln > 0)
            text += tr(" (%1 × ULN)").arg(number(p.value / *p.uln));
        out << QStringLiteral("• ") + text + QStringLiteral(", ") + when(p.day) +
                   tr(" · %n result(s)", nullptr, static_cast<int>(s.points.size()));
    }
    if (m_scans.isEmpty())
        out << tr("Imaging: none recorded.");
    else
        out << tr("Imaging (RECIST 1.1):");
    for (const Scan& s : m_scans)
        out << QStringLiteral("• ") + tr("%1, %2").arg(s.words, when(s.day));
    if (m_scale == Scale::TimesUln && leftOut() > 0)
        out << tr("%n marker result(s) without an upper limit of normal are not shown as × ULN.", nullptr, leftOut());
    return out.join(u'\n');
}

void CourseChart::updateText()
{
    setAccessibleDescription(summaryText());
}

QSize CourseChart::sizeHint() const
{
    return m_highContrast ? QSize(900, 460) : QSize(640, 320);
}

QSize CourseChart::minimumSizeHint() const
{
    return m_highContrast ? QSize(480, 300) : QSize(320, 200);
}

void CourseChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const Palette c = colours(m_highContrast);
    p.fillRect(rect(), c.background);
    QFont font = this->font();
    if (m_highContrast)
        font.setPixelSize(22);
    p.setFont(font);
    const QFontMetrics fm(font);
    const int row = fm.height() + 6;
    const int pad = 6;

    const bool timesUln = m_scale == Scale::TimesUln;
    // Value range of what is plotted (log scale: positive values only).
    double lo = 0;
    double hi = 0;
    for (const Series& s : m_series) {
        for (const QPointF& pt : plotted(s.test)) {
            if (pt.y() <= 0)
                continue;
            lo = lo == 0 ? pt.y() : std::min(lo, pt.y());
            hi = std::max(hi, pt.y());
        }
    }
    if (timesUln && hi > 0) {
        lo = std::min(lo, 1.0);
        hi = std::max(hi, 1.0);
    }
    const bool anyValue = hi > 0;
    // Log scale between the 1-2-5 steps around the values, so a narrow range fills the plot.
    QList<double> steps;
    if (anyValue) {
        for (int d = static_cast<int>(std::floor(std::log10(lo))) - 1; d <= std::ceil(std::log10(hi)) + 1; ++d) {
            for (const double m : {1.0, 2.0, 5.0})
                steps << m * std::pow(10.0, d);
        }
    }
    double yLo = 1;
    double yHi = 10;
    for (const double v : steps) {
        if (v <= lo * 1.0001)
            yLo = v;
    }
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (*it >= hi * 0.9999)
            yHi = *it;
    }
    if (yHi <= yLo)
        yHi = yLo * 2;
    const double logLo = std::log10(yLo);
    const double logHi = std::log10(yHi);
    QList<double> yTicks;
    for (const double v : steps) {
        if (v >= yLo * 0.9999 && v <= yHi * 1.0001)
            yTicks << v;
    }
    if (yTicks.size() > 7) { // many decades: powers of ten only
        QList<double> decades;
        for (const double v : yTicks) {
            const double l = std::log10(v);
            if (std::abs(l - std::round(l)) < 1e-9)
                decades << v;
        }
        yTicks = decades;
    }
    if (anyValue && yTicks.size() < 3) { // a narrow range: one tick between, two significant digits
        const double mid = std::sqrt(yLo * yHi);
        const double unit = std::pow(10.0, std::floor(std::log10(mid)) - 1);
        yTicks.insert(1, std::round(mid / unit) * unit);
    }
    const auto yText = [timesUln](double v) {
        const QString n = v >= 1 ? QString::number(v, 'f', 0) : QString::number(v, 'g', 2);
        return timesUln ? tr("%1×").arg(n) : n;
    };
    int gutter = fm.horizontalAdvance(tr("Imaging")) + 2 * pad;
    for (const double v : yTicks)
        gutter = std::max(gutter, fm.horizontalAdvance(yText(v)) + 2 * pad);

    const QRect area = rect().adjusted(pad, pad, -pad - fm.horizontalAdvance(QStringLiteral("+00 mo")) / 2, -pad);
    const int left = area.left() + gutter;
    const int right = area.right();
    const auto [first, last] = span();
    const auto xOf = [&](int day) {
        return left + (right - left) * double(day - first) / double(std::max(1, last - first));
    };

    // Legend (wraps): the marker series with their colours, the imaging symbols present, the scale.
    int y = area.top();
    int x = left;
    const auto legend = [&](const QString& text, const std::function<void(QPointF)>& symbol) {
        const int w = fm.horizontalAdvance(text) + row + 2 * pad;
        if (x + w > right && x > left) {
            x = left;
            y += row;
        }
        if (symbol)
            symbol(QPointF(x + row / 2.0, y + row / 2.0));
        p.setPen(c.text);
        p.drawText(QRect(x + row, y, w, row), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += w + 2 * pad;
    };
    const auto colourOf = [&](int i) { return c.series.at(i % c.series.size()); };
    const auto scanColour = [&](const QString& code) {
        if (code == QLatin1String("PD"))
            return c.progression;
        if (code == QLatin1String("SD") || code == QLatin1String("NE"))
            return c.stable;
        return c.response;
    };
    const auto drawScan = [&](QPointF at, const QString& code) {
        const double r = row * 0.32;
        p.setPen(QPen(c.background, 1));
        p.setBrush(scanColour(code));
        if (code == QLatin1String("PD")) {
            QPainterPath tri;
            tri.moveTo(at.x(), at.y() - r * 1.2);
            tri.lineTo(at.x() + r * 1.1, at.y() + r);
            tri.lineTo(at.x() - r * 1.1, at.y() + r);
            tri.closeSubpath();
            p.drawPath(tri);
        } else if (code == QLatin1String("SD")) {
            p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        } else if (code == QLatin1String("NE")) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(scanColour(code), 2));
            p.drawEllipse(at, r, r);
        } else {
            p.drawEllipse(at, r, r);
        }
    };
    for (int i = 0; i < m_series.size(); ++i) {
        const Series& s = m_series.at(i);
        QStringList units;
        for (const Point& pt : s.points) {
            if (!units.contains(pt.unit))
                units << pt.unit;
        }
        const QString text = timesUln ? tr("%1 (× ULN)").arg(s.label)
                                      : QStringLiteral("%1 (%2)").arg(s.label, units.join(QStringLiteral(", ")));
        legend(text, [&, i](QPointF at) {
            p.setPen(QPen(colourOf(i), 3));
            p.drawLine(QPointF(at.x() - row / 2.5, at.y()), QPointF(at.x() + row / 2.5, at.y()));
            p.setBrush(colourOf(i));
            p.drawEllipse(at, 4, 4);
        });
    }
    QStringList shown;
    for (const Scan& s : m_scans) {
        if (shown.contains(s.code))
            continue;
        shown << s.code;
        legend(s.words, [&, code = s.code](QPointF at) { drawScan(at, code); });
    }
    y += row + pad;

    // Therapy lines: one bar each, the name with stop reason and best response on it.
    // Each line: its label, then its bar under it (so a short line keeps a readable label).
    const int barHeight = m_highContrast ? 12 : 8;
    for (const Line& l : m_lines) {
        const double x0 = xOf(l.start);
        const double x1 = l.stop ? xOf(*l.stop) : right;
        const int barTop = y + fm.height() + 1;
        const QRectF bar(x0, barTop, std::max(4.0, x1 - x0), barHeight);
        p.setPen(Qt::NoPen);
        p.setBrush(l.stop ? c.bar : c.barRunning);
        p.drawRoundedRect(bar, 3, 3);
        if (!l.stop) { // running: an arrow at the right edge
            QPainterPath arrow;
            arrow.moveTo(right, barTop - 3);
            arrow.lineTo(right + barHeight, barTop + barHeight / 2.0);
            arrow.lineTo(right, barTop + barHeight + 3);
            arrow.closeSubpath();
            p.drawPath(arrow);
        }
        QString details;
        if (!l.stopReason.isEmpty())
            details += QStringLiteral(" · ") + tr("stopped: %1").arg(l.stopReason);
        else if (!l.stop)
            details += QStringLiteral(" · ") + tr("running");
        if (!l.bestResponse.isEmpty())
            details += QStringLiteral(" · ") + tr("best: %1").arg(l.bestResponse);
        // Too long for the width: the name gives way first, the reason and response stay whole.
        const int room = right - area.left();
        QString text = l.name + details;
        if (fm.horizontalAdvance(text) > room) {
            const int nameRoom = std::max(room - fm.horizontalAdvance(details), room / 3);
            text = fm.elidedText(l.name, Qt::ElideRight, nameRoom) + details;
            text = fm.elidedText(text, Qt::ElideRight, room);
        }
        const int w = fm.horizontalAdvance(text);
        const double tx = std::max<double>(area.left(), std::min<double>(x0, right - w));
        p.setPen(c.text);
        p.drawText(QRectF(tx, y, w + 2, fm.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        y += fm.height() + barHeight + 6;
    }
    if (m_lines.isEmpty()) {
        p.setPen(c.text);
        p.drawText(QRect(left, y, right - left, row), Qt::AlignVCenter | Qt::AlignLeft, tr("No therapy line recorded"));
        y += row;
    }
    y += pad;

    // Imaging lane.
    p.setPen(c.text);
    p.drawText(QRect(area.left(), y, gutter - pad, row), Qt::AlignVCenter | Qt::AlignRight, tr("Imaging"));
    p.setPen(QPen(c.grid, 1));
    p.drawLine(QPointF(left, y + row / 2.0), QPointF(right, y + row / 2.0));
    for (const Scan& s : m_scans)
        drawScan(QPointF(xOf(s.day), y + row / 2.0), s.code);
    y += row + pad;

    // Marker plot (log scale) and the time axis below it.
    const int bottomRows = 2 + (timesUln && leftOut() > 0 ? 1 : 0);
    const int plotTop = y + fm.height() / 2;
    const int plotBottom = area.bottom() - bottomRows * row;
    const auto yOf = [&](double v) {
        const double t = (std::log10(v) - logLo) / (logHi - logLo);
        return plotBottom - t * (plotBottom - plotTop);
    };
    p.setPen(QPen(c.grid, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(left, plotTop, right - left, plotBottom - plotTop));
    // As many ticks as fit without their labels touching.
    int labelWidth = 0;
    for (const QString& l : {tickLabel(first), tickLabel(last), tickLabel(0), QStringLiteral("0000-00")})
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(l));
    const QList<int> xTicks = ticks(first, last, std::max(2, (right - left) / (labelWidth + 3 * pad)));
    for (const int t : xTicks) {
        const double tx = xOf(t);
        p.setPen(QPen(c.grid, 1));
        p.drawLine(QPointF(tx, plotTop), QPointF(tx, plotBottom));
        p.setPen(c.text);
        const QString label = tickLabel(t);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QRectF(tx - w / 2.0 - 2, plotBottom + 2, w + 4, row), Qt::AlignCenter, label);
    }
    if (0 >= first && 0 <= last) { // the reference day (the meeting)
        QPen pen(c.text, 2, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(xOf(0), area.top() + row), QPointF(xOf(0), plotBottom));
        if (m_mode == Mode::Dated && m_reference.isValid()) { // which day the line is (the axis has months)
            const QString day = m_reference.toString(Qt::ISODate);
            const int w = fm.horizontalAdvance(day);
            p.setPen(c.text);
            p.drawText(QRectF(std::max<double>(left, xOf(0) - w - 6), plotBottom - row, w + 2, row), Qt::AlignCenter,
                       day);
        }
    }
    p.setPen(c.text);
    p.drawText(QRect(left, plotBottom + row, right - left, row), Qt::AlignCenter, axisTitle());
    if (anyValue) {
        for (const double v : yTicks) {
            const double ty = yOf(v);
            if (ty < plotTop - 1 || ty > plotBottom + 1)
                continue;
            p.setPen(QPen(c.grid, 1, Qt::DotLine));
            p.drawLine(QPointF(left, ty), QPointF(right, ty));
            p.setPen(c.text);
            p.drawText(QRectF(area.left(), ty - row / 2.0, gutter - pad, row), Qt::AlignVCenter | Qt::AlignRight,
                       yText(v));
        }
        if (timesUln) { // the upper limit of normal
            p.setPen(QPen(c.progression, 2, Qt::DashLine));
            p.drawLine(QPointF(left, yOf(1.0)), QPointF(right, yOf(1.0)));
            p.setPen(c.text);
            p.drawText(QRectF(left + pad, yOf(1.0) - row, right - left, row), Qt::AlignBottom | Qt::AlignLeft,
                       tr("upper limit of normal"));
        }
        for (int i = 0; i < m_series.size(); ++i) {
            const QList<QPointF> pts = plotted(m_series.at(i).test);
            QPolygonF line;
            for (const QPointF& pt : pts) {
                if (pt.y() > 0)
                    line << QPointF(xOf(static_cast<int>(pt.x())), yOf(pt.y()));
            }
            p.setPen(QPen(colourOf(i), m_highContrast ? 4 : 2));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(line);
            p.setBrush(colourOf(i));
            for (const QPointF& at : line)
                p.drawEllipse(at, m_highContrast ? 6 : 4, m_highContrast ? 6 : 4);
        }
    } else {
        p.setPen(c.text);
        p.drawText(QRect(left, plotTop, right - left, plotBottom - plotTop), Qt::AlignCenter,
                   m_series.isEmpty() ? tr("No marker result recorded")
                                      : tr("No marker result with an upper limit of normal"));
    }
    if (timesUln && leftOut() > 0) {
        p.setPen(c.text);
        p.drawText(QRect(area.left(), plotBottom + 2 * row, area.width(), row), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("%n result(s) without an upper limit of normal not shown.", nullptr, leftOut()));
    }
}

} // namespace netdesk
