#pragma once

#include "core/board/BoardView.h"
#include "core/registry/CourseReview.h"
#include "core/registry/Records.h"

#include <QDate>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

namespace netdesk {

class KnowledgeBase;

// The patient's course on one time axis: therapy lines as bars (the therapy's name from the knowledge
// base, stop reason and best response in words), the markers (CgA, 5-HIAA, NT-proBNP) on a log scale,
// as measured or as multiples of each result's own upper limit of normal, and imaging as RECIST
// markers. Days are relative to a reference day. Anonymous mode (the tumour board) labels the axis in
// months before and after the meeting and writes no date anywhere; dated mode (the patient page)
// writes absolute dates. summaryText() is the text alternative (accessible description, tests).
class CourseChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseChart)

public:
    enum class Mode {
        Dated,     // absolute dates (ISO 8601)
        Anonymous, // months before/after the reference day (the meeting); no date anywhere
    };
    enum class Scale {
        Values,   // as measured, in each result's unit
        TimesUln, // value / upper limit of normal; results without one are left out (with a note)
    };

    explicit CourseChart(QWidget* parent = nullptr);

    // The patient page: lines and results as stored; `reference` is day 0 (e.g. today). Therapy names
    // come from `kb`, stop reasons from `review` (the course-review rules; codes in words without it).
    void setCourse(const QList<TherapyLine>& lines, const QList<ResultRecord>& results, const QDate& reference,
                   Mode mode, const KnowledgeBase& kb, const CourseReview* review = nullptr,
                   const QString& language = QStringLiteral("en"));
    // The tumour board: the anonymous course of a case view, relative to the meeting (always anonymous).
    void setCourse(const BoardCaseView& view, const CourseReview* review = nullptr,
                   const QString& language = QStringLiteral("en"));
    void clear();

    Mode mode() const { return m_mode; }
    Scale scale() const { return m_scale; }
    void setScale(Scale scale);
    // White on black, large type (the presentation).
    void setHighContrast(bool on);
    bool highContrast() const { return m_highContrast; }

    // The text alternative: each line with its span, stop reason and best response, the last value of
    // each marker (with × ULN when known) and the imaging results, in the chart's mode.
    QString summaryText() const;
    // A day relative to the meeting in words: "14 months before the meeting", "at the meeting".
    static QString relative(int day);
    // A day relative to the meeting as a mark that can stand where a date stood: "day −9", "month −14".
    static QString mark(int day);
    // `text` with every ISO date (YYYY-MM-DD) replaced by its mark relative to `meeting`: review flags
    // quote dates, the board sees none.
    static QString withoutDates(const QString& text, const QDate& meeting);

    // The labels of the time axis (at most nine; a narrow chart paints fewer, at wider steps), and the
    // axis title.
    QStringList axisLabels() const;
    QString axisTitle() const;
    // What the chart plots for `test` in the current scale: (day, value) in time order.
    QList<QPointF> plotted(const QString& test) const;
    // Results of the marker series left out of the × ULN view for want of an upper limit (0 in Values).
    int leftOut() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Line
    {
        QString name;
        int start = 0;
        std::optional<int> stop;
        QString stopReason;   // in words
        QString bestResponse; // in words
    };
    struct Point
    {
        int day = 0;
        double value = 0;
        QString unit;
        std::optional<double> uln;
    };
    struct Series
    {
        QString test;
        QString label;
        QList<Point> points;
    };
    struct Scan
    {
        int day = 0;
        QString code;  // CR, PR, SD, PD, NE, CR/PR
        QString words; // "progressive disease"
    };

    QString when(int day) const;      // "14 months before the meeting" | "2026-01-05"
    QString tickLabel(int day) const; // "−12 mo" | "2025-07"
    QList<int> ticks(int first, int last, int maxTicks = 9) const;
    std::pair<int, int> span() const;
    void updateText();

    Mode m_mode = Mode::Dated;
    Scale m_scale = Scale::Values;
    bool m_highContrast = false;
    QDate m_reference;
    QString m_language = QStringLiteral("en");
    QList<Line> m_lines;
    QList<Series> m_series;
    QList<Scan> m_scans;
};

} // namespace netdesk
