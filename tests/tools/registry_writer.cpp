// A child process for the reliability tests: writes to a registry in a loop and reports each write
// on standard output only after it has been committed ("P <record>", "A <assessment id>",
// "R <result id>"), so that a parent can kill it at any moment and check that every reported
// write survived.
//   registry_writer DB PREFIX COUNT     COUNT writes (0: until killed)
#include "core/followup/Clock.h"
#include "core/guideline/KnowledgeBase.h"
#include "core/registry/Registry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace netdesk;

namespace {

QByteArray caseFor(int i)
{
    const QJsonObject c{
        {QStringLiteral("schema"), QStringLiteral("netdesk.case/1")},
        {QStringLiteral("assessmentDate"), QStringLiteral("2026-11-02")},
        {QStringLiteral("primarySite"), i % 2 ? QStringLiteral("pancreas") : QStringLiteral("small_intestine")},
        {QStringLiteral("differentiation"), QStringLiteral("well")},
        {QStringLiteral("ki67"), 1 + i % 30},
        {QStringLiteral("sstrImaging"), QStringLiteral("positive")},
        {QStringLiteral("diseaseStatus"), QStringLiteral("stable")},
        {QStringLiteral("ecog"), i % 3},
        {QStringLiteral("metastases"), QJsonObject{{QStringLiteral("liver"), true}}}};
    return QJsonDocument(c).toJson(QJsonDocument::Compact);
}

void report(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fputs("usage: registry_writer DB PREFIX COUNT\n", stderr);
        return 1;
    }
    const QString prefix = args.at(2);
    const int count = args.at(3).toInt();
    auto kb = KnowledgeBase::loadEmbedded();
    auto db = Database::open(args.at(1));
    if (!kb.ok() || !db.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable((kb.messages() + db.messages()).join(u'\n')));
        return 1;
    }
    FixedClock clock(QDate(2026, 11, 27));
    Registry registry(*db.value(), clock, prefix, kb.value());
    for (int i = 0; count == 0 || i < count; ++i) {
        const QString record = QStringLiteral("%1-%2").arg(prefix).arg(i);
        const auto patient =
            registry.addPatient({record, QStringLiteral("Writer"), prefix, QString(), QStringLiteral("unknown")});
        if (!patient.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(patient.messages().join(u'\n')));
            return 1;
        }
        report("P " + record.toUtf8());
        const auto assessed = registry.assess(record, caseFor(i));
        if (!assessed.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(assessed.messages().join(u'\n')));
            return 1;
        }
        report("A " + QByteArray::number(assessed.value().assessment.id));
        const auto done = registry.markDone({assessed.value().scheduled.front().id, QStringLiteral("2026-11-20"),
                                             QString::number(40 + i), QStringLiteral("ng/mL"), QString(), QString()});
        if (!done.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(done.messages().join(u'\n')));
            return 1;
        }
        report("R " + QByteArray::number(done.value().result->id));
    }
    return 0;
}
