// The course chart offscreen: dated mode writes absolute dates, anonymous mode none; therapy names from
// the knowledge base, stop reasons and responses in words; × ULN computed per result and results without
// an upper limit left out of that view with a note; it paints (high contrast: white on black).
#include "core/board/BoardView.h"
#include "core/registry/CourseReview.h"
#include "tests/support/PlanFixture.h"
#include "ui/course/CourseChart.h"

#include <QRegularExpression>
#include <QTest>

using namespace netdesk;
using namespace netdesk::test;

namespace {

const QDate reference(2026, 11, 27);

QList<TherapyLine> lines()
{
    TherapyLine ssa;
    ssa.therapy = QStringLiteral("SSA");
    ssa.startDate = QDate(2024, 3, 4);
    ssa.stopDate = QDate(2025, 9, 16);
    ssa.stopReason = QStringLiteral("patient_choice");
    ssa.bestResponse = QStringLiteral("SD");
    TherapyLine everolimus;
    everolimus.therapy = QStringLiteral("EVEROLIMUS");
    everolimus.startDate = QDate(2025, 10, 7);
    return {everolimus, ssa}; // out of order on purpose: the chart sorts by start
}

ResultRecord result(const char* kind, const QDate& date, std::optional<double> value, const QString& unit,
                    std::optional<double> uln, const QString& response = {})
{
    ResultRecord r;
    r.kind = QString::fromLatin1(kind);
    r.resultDate = date;
    r.value = value;
    r.unit = unit;
    r.uln = uln;
    r.response = response;
    return r;
}

QList<ResultRecord> results()
{
    return {result("CGA", QDate(2025, 1, 13), 120, QStringLiteral("ng/mL"), 100),
            result("CGA", QDate(2025, 6, 17), 45, QStringLiteral("U/L"), 18), // another assay: 2.5 × ULN
            result("CGA", QDate(2026, 2, 10), 310, QStringLiteral("ng/mL"), std::nullopt),
            result("5HIAA", QDate(2026, 3, 2), 12, QStringLiteral("mg/24 h"), 8),
            result("IMAGING", QDate(2026, 11, 18), std::nullopt, QString(), std::nullopt, QStringLiteral("PD")),
            result("IMAGING", QDate(2025, 3, 3), std::nullopt, QString(), std::nullopt, QStringLiteral("PR"))};
}

const QRegularExpression isoDate(QStringLiteral("\\d{4}-\\d{2}"));

} // namespace

class TestCourseChart final : public QObject
{
    Q_OBJECT

private slots:
    void datedModeShowsDatesAndWords();
    void timesUlnPerResult();
    void anonymousModeHasNoDate();
    void relativeMarksReplaceDates();
    void paintsOffscreenInHighContrast();
};

void TestCourseChart::datedModeShowsDatesAndWords()
{
    const auto review = CourseReview::loadEmbedded(*embeddedKb());
    QVERIFY(review.ok());
    CourseChart chart;
    chart.setCourse(lines(), results(), reference, CourseChart::Mode::Dated, *embeddedKb(), review.value().get());
    QCOMPARE(chart.mode(), CourseChart::Mode::Dated);
    const QString summary = chart.summaryText();
    QVERIFY2(summary.contains(QStringLiteral("Somatostatin analogue (octreotide LAR or lanreotide): from 2024-03-04 to "
                                             "2025-09-16; stopped: patient's choice; best response: stable disease")),
             qPrintable(summary));
    QVERIFY(summary.indexOf(QStringLiteral("Somatostatin")) < summary.indexOf(QStringLiteral("Everolimus")));
    QVERIFY(summary.contains(QStringLiteral("Everolimus: from 2025-10-07, running")));
    QVERIFY(summary.contains(QStringLiteral("Chromogranin A: 310 ng/mL, 2026-02-10")));
    QVERIFY(summary.contains(QStringLiteral("5-HIAA (24-hour urine): 12 mg/24 h (1.5 × ULN), 2026-03-02")));
    QVERIFY(summary.contains(QStringLiteral("progressive disease, 2026-11-18")));
    QVERIFY(summary.contains(QStringLiteral("partial response, 2025-03-03")));
    for (const char* code : {"EVEROLIMUS", "patient_choice", "SSA:", " PD", " SD"})
        QVERIFY2(!summary.contains(QLatin1String(code)), code);
    // The axis: absolute months or years, in order, and no "meeting".
    const QStringList labels = chart.axisLabels();
    QVERIFY(labels.size() >= 3);
    for (const QString& l : labels)
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}(-\\d{2})?$")).match(l).hasMatch(), qPrintable(l));
    QVERIFY2(labels.first() <= QStringLiteral("2024-07") && labels.contains(QStringLiteral("2025")) &&
                 labels.contains(QStringLiteral("2026")),
             qPrintable(labels.join(u' ')));
    QCOMPARE(chart.axisTitle(), QStringLiteral("Date"));
    QVERIFY(chart.accessibleDescription() == summary);
}

void TestCourseChart::timesUlnPerResult()
{
    CourseChart chart;
    chart.setCourse(lines(), results(), reference, CourseChart::Mode::Dated, *embeddedKb());
    QCOMPARE(chart.scale(), CourseChart::Scale::Values);
    QList<QPointF> cga = chart.plotted(QStringLiteral("CGA"));
    QCOMPARE(cga.size(), 3);
    QCOMPARE(cga.at(0).y(), 120.0);
    QCOMPARE(chart.leftOut(), 0);
    chart.setScale(CourseChart::Scale::TimesUln);
    cga = chart.plotted(QStringLiteral("CGA"));
    QCOMPARE(cga.size(), 2); // 310 ng/mL has no upper limit: left out
    QVERIFY(qFuzzyCompare(cga.at(0).y(), 1.2));
    QVERIFY(qFuzzyCompare(cga.at(1).y(), 2.5)); // 45 U/L with ULN 18: another assay, comparable as × ULN
    QCOMPARE(cga.at(0).x(), double(reference.daysTo(QDate(2025, 1, 13))));
    QVERIFY(qFuzzyCompare(chart.plotted(QStringLiteral("5HIAA")).at(0).y(), 1.5));
    QCOMPARE(chart.leftOut(), 1);
    QVERIFY(chart.summaryText().contains(
        QStringLiteral("1 marker result(s) without an upper limit of normal are not shown as × ULN.")));
    chart.setScale(CourseChart::Scale::Values);
    QVERIFY(!chart.summaryText().contains(QStringLiteral("not shown")));
}

void TestCourseChart::anonymousModeHasNoDate()
{
    BoardCaseView view;
    view.lines << BoardCaseView::Line{QStringLiteral("SSA"),
                                      QStringLiteral("Somatostatin analogue"),
                                      -998,
                                      -33,
                                      -437,
                                      -14,
                                      QStringLiteral("progression"),
                                      QStringLiteral("SD")};
    view.lines << BoardCaseView::Line{
        QStringLiteral("EVEROLIMUS"), QStringLiteral("Everolimus"), -416, -13, std::nullopt, std::nullopt, {}, {}};
    view.markers << BoardCaseView::MarkerSeries{
        QStringLiteral("CGA"),
        QStringLiteral("Chromogranin A"),
        {{-683, 120, QStringLiteral("ng/mL"), 100.0}, {-290, 310, QStringLiteral("ng/mL"), std::nullopt}}};
    view.imaging << BoardCaseView::ImagingPoint{-9, QStringLiteral("PD")};
    CourseChart chart;
    // A dated course first: the board's view must replace it completely.
    chart.setCourse(lines(), results(), reference, CourseChart::Mode::Dated, *embeddedKb());
    chart.setCourse(view);
    QCOMPARE(chart.mode(), CourseChart::Mode::Anonymous);
    const QString summary = chart.summaryText();
    QVERIFY2(!isoDate.match(summary).hasMatch(), qPrintable(summary));
    QVERIFY(
        summary.contains(QStringLiteral("Somatostatin analogue: from 33 month(s) before the meeting to 14 month(s) "
                                        "before the meeting; stopped: progression; best response: stable disease")));
    QVERIFY(summary.contains(QStringLiteral("Everolimus: from 14 month(s) before the meeting, running")));
    QVERIFY(summary.contains(QStringLiteral("Chromogranin A: 310 ng/mL, 10 month(s) before the meeting")));
    QVERIFY(summary.contains(QStringLiteral("progressive disease, 9 day(s) before the meeting")));
    const QStringList labels = chart.axisLabels();
    QVERIFY(labels.contains(QStringLiteral("meeting")));
    QVERIFY(labels.contains(QStringLiteral("\u221212 mo")));
    for (const QString& l : labels)
        QVERIFY2(!isoDate.match(l).hasMatch() && !QRegularExpression(QStringLiteral("\\d{4}")).match(l).hasMatch(),
                 qPrintable(l));
    QVERIFY(chart.axisTitle().contains(QStringLiteral("meeting")));
}

void TestCourseChart::relativeMarksReplaceDates()
{
    const QDate meeting(2026, 11, 27);
    QCOMPARE(CourseChart::withoutDates(QStringLiteral("Imaging on 2026-11-18 shows PD after the assessment of "
                                                      "2025-09-27."),
                                       meeting),
             QStringLiteral("Imaging on day \u22129 shows PD after the assessment of month \u221214."));
    QCOMPARE(CourseChart::withoutDates(QStringLiteral("no date, 12 mg/24 h"), meeting),
             QStringLiteral("no date, 12 mg/24 h"));
    QCOMPARE(CourseChart::withoutDates(QStringLiteral("on 2026-02-30"), meeting), QStringLiteral("on (date)"));
    QCOMPARE(CourseChart::relative(0), QStringLiteral("at the meeting"));
}

void TestCourseChart::paintsOffscreenInHighContrast()
{
    CourseChart chart;
    chart.setCourse(lines(), results(), reference, CourseChart::Mode::Dated, *embeddedKb());
    chart.setHighContrast(true);
    chart.resize(900, 460);
    const QImage image = chart.grab().toImage();
    QCOMPARE(image.size(), QSize(900, 460) * image.devicePixelRatio());
    int dark = 0;
    int light = 0;
    int red = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb p = image.pixel(x, y);
            dark += qGray(p) < 40 ? 1 : 0;
            light += qGray(p) > 200 ? 1 : 0;
            red += qRed(p) > 200 && qGreen(p) < 120 && qBlue(p) < 120 ? 1 : 0; // the progression marker
        }
    }
    const int all = (image.height() / 2) * (image.width() / 2);
    QVERIFY2(dark > all * 6 / 10, qPrintable(QStringLiteral("%1 of %2 dark").arg(dark).arg(all)));
    QVERIFY(light > 200);
    QVERIFY(red > 5);
    chart.setHighContrast(false);
    const QImage plain = chart.grab().toImage();
    QVERIFY(qGray(plain.pixel(2, 2)) > 200); // white background for the patient page
}

QTEST_MAIN(TestCourseChart)
#include "tst_coursechart.moc"
