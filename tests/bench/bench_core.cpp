// Core budgets (issue: load < 20 ms, one plan < 200 µs): knowledge-base load, one case from JSON
// bytes to plan JSON, and a batch of 10,000 varied cases.
#include "core/guideline/Engine.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/interop/PlanJson.h"
#include "core/model/CaseReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

#include <random>

using namespace netdesk;

namespace {

KnowledgeBasePtr kb()
{
    static const KnowledgeBasePtr instance = KnowledgeBase::loadEmbedded().value();
    return instance;
}

const QByteArray oneCase = R"({
  "schema": "netdesk.case/1", "assessmentDate": "2026-11-02", "primarySite": "pancreas",
  "differentiation": "well", "ki67": 15, "sstrImaging": "positive", "functionalSyndrome": "carcinoid_syndrome",
  "diseaseStatus": "progressive", "ecog": 1, "priorTherapies": ["SSA"], "priorSurgery": ["pancreatoduodenectomy"],
  "resectableFraction": 80, "ppiUse": true,
  "metastases": { "liver": true, "liverLesionCount": 6, "largestLiverLesionCm": 3.5, "liverInvolvementPercent": 30 }
})";

// Deterministic, varied, valid cases across sites, grades, differentiation and history.
QList<QByteArray> generateCases(int count)
{
    std::mt19937 rng(20261127);
    const auto pick = [&](const QStringList& values) {
        return values.at(static_cast<qsizetype>(rng() % values.size()));
    };
    const QStringList sites{QStringLiteral("pancreas"), QStringLiteral("small_intestine"),
                            QStringLiteral("appendix"), QStringLiteral("colon"),
                            QStringLiteral("rectum"),   QStringLiteral("stomach"),
                            QStringLiteral("duodenum"), QStringLiteral("lung"),
                            QStringLiteral("thymus"),   QStringLiteral("unknown_primary"),
                            QStringLiteral("other")};
    const QStringList priors{QStringLiteral("SSA"),  QStringLiteral("EVEROLIMUS"), QStringLiteral("PLATINUM_ETOPOSIDE"),
                             QStringLiteral("PRRT"), QStringLiteral("CAPTEM"),     QStringLiteral("TEMOZOLOMIDE")};
    QList<QByteArray> out;
    for (int i = 0; i < count; ++i) {
        QJsonObject c{{QStringLiteral("schema"), QStringLiteral("netdesk.case/1")},
                      {QStringLiteral("assessmentDate"), QStringLiteral("2026-11-02")}};
        const QString site = pick(sites);
        const bool lung = site == QLatin1String("lung") || site == QLatin1String("thymus");
        c.insert(QStringLiteral("primarySite"), site);
        c.insert(QStringLiteral("differentiation"), pick({QStringLiteral("well"), QStringLiteral("well"),
                                                          QStringLiteral("poor"), QStringLiteral("unknown")}));
        c.insert(QStringLiteral("ki67"), static_cast<double>(rng() % 900) / 10.0);
        if (lung || rng() % 3 == 0)
            c.insert(QStringLiteral("mitoses"), static_cast<double>(rng() % 30));
        c.insert(QStringLiteral("sstrImaging"),
                 pick({QStringLiteral("positive"), QStringLiteral("negative"), QStringLiteral("not_done")}));
        c.insert(QStringLiteral("functionalSyndrome"),
                 pick({QStringLiteral("none"), QStringLiteral("none"), QStringLiteral("carcinoid_syndrome"),
                       QStringLiteral("insulinoma")}));
        const QString status =
            pick({QStringLiteral("newly_diagnosed"), QStringLiteral("stable"), QStringLiteral("progressive")});
        c.insert(QStringLiteral("diseaseStatus"), status);
        c.insert(QStringLiteral("ecog"), static_cast<int>(rng() % 5));
        QJsonArray prior;
        if (status != QLatin1String("newly_diagnosed"))
            for (int k = static_cast<int>(rng() % 3); k > 0; --k)
                if (!prior.contains(pick(priors)))
                    prior.append(pick(priors));
        c.insert(QStringLiteral("priorTherapies"), prior);
        c.insert(QStringLiteral("primaryResected"), rng() % 2 == 0);
        c.insert(QStringLiteral("resectableFraction"), static_cast<double>(rng() % 101));
        QJsonObject m{{QStringLiteral("liver"), true},
                      {QStringLiteral("bone"), rng() % 4 == 0},
                      {QStringLiteral("largestLiverLesionCm"), 0.5 + static_cast<double>(rng() % 80) / 10.0},
                      {QStringLiteral("liverInvolvementPercent"), static_cast<double>(rng() % 80)}};
        c.insert(QStringLiteral("metastases"), m);
        out << QJsonDocument(c).toJson(QJsonDocument::Compact);
    }
    return out;
}

void BM_KnowledgeBaseLoad(benchmark::State& state)
{
    for (auto _ : state) {
        auto loaded = KnowledgeBase::loadEmbedded();
        if (!loaded.ok())
            state.SkipWithError("knowledge base does not load");
        benchmark::DoNotOptimize(loaded);
    }
}
BENCHMARK(BM_KnowledgeBaseLoad)->Unit(benchmark::kMillisecond);

void BM_PlanOneCase(benchmark::State& state)
{
    const Engine engine(kb());
    const CaseReaderOptions options{QDate(2026, 11, 27), kb()->therapyCodes};
    for (auto _ : state) {
        const auto c = CaseReader::read(oneCase, options);
        const auto plan = engine.plan(c.value());
        const QByteArray json = planToJson(plan.value());
        benchmark::DoNotOptimize(json.constData());
    }
}
BENCHMARK(BM_PlanOneCase)->Unit(benchmark::kMicrosecond);

void BM_PlanOneCaseEngineOnly(benchmark::State& state)
{
    const Engine engine(kb());
    const auto c = CaseReader::read(oneCase, {QDate(2026, 11, 27), kb()->therapyCodes});
    for (auto _ : state) {
        const auto plan = engine.plan(c.value());
        benchmark::DoNotOptimize(plan.value().recommendations.size());
    }
}
BENCHMARK(BM_PlanOneCaseEngineOnly)->Unit(benchmark::kMicrosecond);

void BM_ReadCase(benchmark::State& state)
{
    const CaseReaderOptions options{QDate(2026, 11, 27), kb()->therapyCodes};
    for (auto _ : state) {
        const auto c = CaseReader::read(oneCase, options);
        benchmark::DoNotOptimize(c.ok());
    }
}
BENCHMARK(BM_ReadCase)->Unit(benchmark::kMicrosecond);

void BM_PlanToJson(benchmark::State& state)
{
    const auto c = CaseReader::read(oneCase, {QDate(2026, 11, 27), kb()->therapyCodes});
    const auto plan = Engine(kb()).plan(c.value());
    for (auto _ : state) {
        const QByteArray json = planToJson(plan.value());
        benchmark::DoNotOptimize(json.constData());
    }
}
BENCHMARK(BM_PlanToJson)->Unit(benchmark::kMicrosecond);

void BM_PlanBatch10000(benchmark::State& state)
{
    const QList<QByteArray> cases = generateCases(10000);
    const Engine engine(kb());
    const CaseReaderOptions options{QDate(2026, 11, 27), kb()->therapyCodes};
    int rejected = 0;
    for (auto _ : state) {
        rejected = 0;
        for (const QByteArray& bytes : cases) {
            const auto c = CaseReader::read(bytes, options);
            if (!c.ok()) {
                ++rejected;
                continue;
            }
            const QByteArray json = planToJson(engine.plan(c.value()).value());
            benchmark::DoNotOptimize(json.constData());
        }
    }
    state.counters["cases"] = static_cast<double>(cases.size());
    state.counters["rejected"] = rejected;
    state.SetItemsProcessed(state.iterations() * cases.size());
}
BENCHMARK(BM_PlanBatch10000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

BENCHMARK_MAIN();
