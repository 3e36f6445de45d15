// Registry scale benchmark (issue budgets: due/overdue for the next 14 days < 50 ms, patient search
// < 10 ms, storing an assessment with its schedule < 20 ms; needs-review list < 1 s, one patient's
// review flags < 10 ms). A timed command that prints its figures:
//   bench_registry DB [--patients N]
// DB is created with N synthetic patients (default 100,000) when it does not exist yet; a list
// query means its first page (200 rows) and the total count.
#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace netdesk;

namespace {

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats measure(int runs, const std::function<void()>& work)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << static_cast<double>(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, ms.size() * 95 / 100)), ms.back()};
}

int overBudget = 0;

void print(const char* what, const Stats& s, double budget, const QString& detail = {})
{
    overBudget += s.p95 < budget ? 0 : 1;
    std::printf("%-40s median %8.3f ms  p95 %8.3f ms  max %8.3f ms  budget %3.0f ms %-4s  %s\n", what, s.median, s.p95,
                s.max, budget, s.p95 < budget ? "ok" : "OVER", qPrintable(detail));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fputs("usage: bench_registry DB [--patients N]\n", stderr);
        return 1;
    }
    const QString path = args.at(1);
    const int patients = args.contains(QStringLiteral("--patients"))
                             ? args.value(args.indexOf(QStringLiteral("--patients")) + 1).toInt()
                             : 100000;
    const bool exists = QFileInfo::exists(path);
    auto kb = KnowledgeBase::loadEmbedded();
    auto db = Database::open(path);
    if (!kb.ok() || !db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable((kb.messages() + db.messages()).join(u'\n')));
        return 1;
    }
    FixedClock clock(QDate(2026, 11, 27));
    Registry registry(*db.value(), clock, QStringLiteral("bench"), kb.value());
    if (!exists) {
        QElapsedTimer t;
        t.start();
        const auto made = registry.demo(patients);
        if (!made.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(made.messages().join(u'\n')));
            return 1;
        }
        std::printf("generated %d patients in %.1f s\n", patients, static_cast<double>(t.elapsed()) / 1000);
    }
    const auto counts = registry.verify();
    if (!counts.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(counts.messages().join(u'\n')));
        return 1;
    }
    std::printf("registry %s: %.1f MB;", qPrintable(path), static_cast<double>(QFileInfo(path).size()) / 1e6);
    for (auto it = counts.value().rowCounts.cbegin(); it != counts.value().rowCounts.cend(); ++it)
        std::printf(" %s %lld", qPrintable(it.key()), static_cast<long long>(it.value()));
    std::printf("\n");

    qint64 total = 0;
    const auto rowsAndTotal = [&](const auto& page) {
        if (!page.ok())
            std::abort();
        total = page.value().total;
    };
    Stats s = measure(30, [&] { rowsAndTotal(registry.due(14)); });
    print("due within 14 days (page + count)", s, 50, QStringLiteral("%1 items").arg(total));
    s = measure(30, [&] { rowsAndTotal(registry.overdue()); });
    print("overdue (page + count)", s, 50, QStringLiteral("%1 items").arg(total));
    const QStringList typed{QStringLiteral("s"),        QStringLiteral("sm"),         QStringLiteral("smi"),
                            QStringLiteral("smith"),    QStringLiteral("smith j"),    QStringLiteral("w"),
                            QStringLiteral("we"),       QStringLiteral("weber"),      QStringLiteral("DEMO-0"),
                            QStringLiteral("DEMO-012"), QStringLiteral("DEMO-01234"), QStringLiteral("anna")};
    for (const QString& text : typed) {
        const QByteArray label = QStringLiteral("search \"%1\" (page + count)").arg(text).toUtf8();
        s = measure(20, [&] { rowsAndTotal(registry.list(text)); });
        print(label.constData(), s, 10, QStringLiteral("%1 patients").arg(total));
    }

    // The course (schema v3): who needs a new assessment, and why one patient does.
    s = measure(10, [&] { rowsAndTotal(registry.needsReview()); });
    print("needs review (page + count)", s, 1000, QStringLiteral("%1 patients").arg(total));
    const auto flaggedPage = registry.needsReview(20);
    if (flaggedPage.ok() && !flaggedPage.value().rows.isEmpty()) {
        const QString record = flaggedPage.value().rows.back().patient.recordNumber;
        s = measure(30, [&] {
            if (!registry.reviewFlags(record).ok())
                std::abort();
        });
        print("review flags of one patient", s, 10, record);
    }

    // Storing an assessment with its schedule (one write transaction, fsync'ed), on new patients.
    int n = 0;
    const QByteArray caseJson =
        QJsonDocument(QJsonObject{{QStringLiteral("schema"), QStringLiteral("netdesk.case/1")},
                                  {QStringLiteral("assessmentDate"), QStringLiteral("2026-11-20")},
                                  {QStringLiteral("primarySite"), QStringLiteral("small_intestine")},
                                  {QStringLiteral("differentiation"), QStringLiteral("well")},
                                  {QStringLiteral("ki67"), 4},
                                  {QStringLiteral("sstrImaging"), QStringLiteral("positive")},
                                  {QStringLiteral("functionalSyndrome"), QStringLiteral("carcinoid_syndrome")},
                                  {QStringLiteral("diseaseStatus"), QStringLiteral("stable")},
                                  {QStringLiteral("ecog"), 1},
                                  {QStringLiteral("metastases"), QJsonObject{{QStringLiteral("liver"), true}}}})
            .toJson(QJsonDocument::Compact);
    const QString prefix = QStringLiteral("BENCH-%1-").arg(QDateTime::currentMSecsSinceEpoch());
    QStringList records;
    for (int i = 0; i < 30; ++i) {
        records << prefix + QString::number(i);
        if (!registry
                 .addPatient({records.back(), QStringLiteral("Bench"), QStringLiteral("Mark"),
                              QStringLiteral("1960-01-01"), QStringLiteral("male")})
                 .ok())
            return 1;
    }
    s = measure(30, [&] {
        if (!registry.assess(records.at(n++), caseJson).ok())
            std::abort();
    });
    print("store an assessment (new patient)", s, 20);
    // Re-assessing patients with a history: open items are superseded, done dates looked up.
    QStringList active;
    for (int i = 1; active.size() < 30 && i < 100000; i += 2477) {
        const QString record = QStringLiteral("DEMO-%1").arg(i, 6, 10, QLatin1Char('0'));
        const auto found = registry.list(record, 1);
        if (found.ok() && !found.value().rows.isEmpty() && found.value().rows.front().status == QLatin1String("active"))
            active << record;
    }
    n = 0;
    s = measure(static_cast<int>(active.size()), [&] {
        if (!registry.assess(active.at(n++), caseJson).ok())
            std::abort();
    });
    print("store an assessment (patient with history)", s, 20);
    std::printf("%s\n", overBudget == 0 ? "all budgets met" : "SOME BUDGETS MISSED");
    return overBudget == 0 ? 0 : 2;
}
