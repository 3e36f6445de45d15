#pragma once

// A registry with three assessed patients on one tumour-board agenda (used by the core board tests
// and the presentation tests). Names, record numbers and birth dates are distinctive so that a test
// can search every visible text for them.
#include "core/followup/Clock.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"

#include <QFile>
#include <QTemporaryDir>

#include <memory>

namespace netdesk::test {

struct BoardPatient
{
    const char* record;
    const char* family;
    const char* given;
    const char* birth;
    const char* sex;
    const char* vignette;
};

inline const QList<BoardPatient>& boardPatients()
{
    static const QList<BoardPatient> patients{
        {"MRN-4711", "Quirinius", "Hildegard", "1961-07-23", "female", "p01-si-net-g1-sstr-positive"},
        {"MRN-5822", "Zabransky", "Ottokar", "1948-02-11", "male", "p02-pnet-g2-progressive-after-ssa"},
        {"MRN-6933", "Vellacott", "Perpetua", "1975-12-30", "female", "p12-carcinoid-syndrome-uncontrolled"}};
    return patients;
}

struct BoardFixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<Registry> registry;
    qint64 meetingId = 0;

    // Creates the registry, assesses the three patients and puts them on one meeting's agenda.
    bool setUp()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("board.sqlite")));
        if (!opened.ok())
            return false;
        db = std::move(opened).value();
        clock = std::make_unique<FixedClock>(QDate(2026, 11, 27));
        registry = std::make_unique<Registry>(*db, *clock, QStringLiteral("Dr. Board Tester"), embeddedKb());
        for (const BoardPatient& p : boardPatients()) {
            if (!registry
                     ->addPatient({QString::fromLatin1(p.record), QString::fromLatin1(p.family),
                                   QString::fromLatin1(p.given), QString::fromLatin1(p.birth), QString::fromLatin1(p.sex)})
                     .ok())
                return false;
            QFile file(QStringLiteral(NETDESK_TEST_DATA "/vignettes/%1.json").arg(QLatin1String(p.vignette)));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            QJsonObject c = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("case")).toObject();
            // The stored case carries the identity too (as the wizard writes it): the anonymous views
            // must not read it.
            c.insert(QStringLiteral("patient"),
                     QJsonObject{{QStringLiteral("id"), QString::fromLatin1(p.record)},
                                 {QStringLiteral("familyName"), QString::fromLatin1(p.family)},
                                 {QStringLiteral("givenName"), QString::fromLatin1(p.given)},
                                 {QStringLiteral("birthDate"), QString::fromLatin1(p.birth)},
                                 {QStringLiteral("sex"), QString::fromLatin1(p.sex)}});
            if (!registry->assess(QString::fromLatin1(p.record), QJsonDocument(c).toJson()).ok())
                return false;
        }
        Board board = registry->board();
        const auto meeting = board.create(QDate(2026, 11, 27), QStringLiteral("NET board"),
                                          {{QStringLiteral("A. Weber"), QStringLiteral("medical oncology")},
                                           {QStringLiteral("B. Yilmaz"), QStringLiteral("nuclear medicine")}});
        if (!meeting.ok())
            return false;
        meetingId = meeting.value().id;
        for (const BoardPatient& p : boardPatients()) {
            if (!board.add(meetingId, QString::fromLatin1(p.record)).ok())
                return false;
        }
        return true;
    }

    // Every way an identity could be written: names, record numbers, birth dates in the formats the
    // app uses.
    static QStringList identifiers()
    {
        QStringList out;
        for (const BoardPatient& p : boardPatients()) {
            const QDate birth = QDate::fromString(QString::fromLatin1(p.birth), Qt::ISODate);
            out << QString::fromLatin1(p.record) << QString::fromLatin1(p.family) << QString::fromLatin1(p.given)
                << birth.toString(Qt::ISODate) << birth.toString(QStringLiteral("dd.MM.yyyy"))
                << birth.toString(QStringLiteral("d MMMM yyyy")) << birth.toString(QStringLiteral("d. MMMM yyyy"))
                << birth.toString(QStringLiteral("MM/dd/yyyy"));
        }
        return out;
    }
};

} // namespace netdesk::test
