// libFuzzer entry: any bytes go through CaseReader::read; an accepted case is planned and written
// as JSON, so the engine sees every shape of valid case the fuzzer finds.
#include "core/guideline/Engine.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/interop/PlanJson.h"
#include "core/model/CaseReader.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const netdesk::Engine& engine()
{
    static const netdesk::Engine instance = [] {
        auto kb = netdesk::KnowledgeBase::loadEmbedded();
        if (!kb.ok())
            std::abort();
        return netdesk::Engine(kb.value());
    }();
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const netdesk::CaseReaderOptions options{QDate(2026, 11, 27), engine().knowledgeBase().therapyCodes};
    const auto parsed = netdesk::CaseReader::read(input, options);
    if (!parsed.ok()) {
        if (parsed.problems().isEmpty())
            std::abort(); // a rejected case must say why
        return 0;
    }
    const auto plan = engine().plan(parsed.value());
    if (!plan.ok() || planToJson(plan.value()).isEmpty())
        std::abort();
    return 0;
}
