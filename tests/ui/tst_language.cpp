// The user-interface language: "de" turns the main window, the plan text and Qt's own dialog
// buttons German; "en" takes the translation out again; an unknown language is refused naming the
// allowed ones; and translations/netdesk_de.ts leaves no message of ui/, app/ or the plan text
// unfinished, each translation keeping its source's placeholders and HTML tags.
#include "core/followup/Clock.h"
#include "core/i18n/Language.h"
#include "core/interop/PlanText.h"
#include "core/registry/Registry.h"
#include "tests/support/PlanFixture.h"
#include "ui/MainWindow.h"
#include "ui/settings/Settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace netdesk;
using namespace netdesk::test;

class TestLanguage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void germanTranslatesTheUserInterface();
    void englishTakesTheTranslationOut();
    void unknownLanguageIsRefusedNamingTheAllowedOnes();
    void planTextHeadingsInGerman();
    void mainWindowMenusInGerman();
    void qtOwnDialogButtonsInGerman();
    void tsFileHasNoUnfinishedUserInterfaceMessages();
};

namespace {

QString translate(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}

void installGerman()
{
    QString error;
    QVERIFY2(installLanguage(*QCoreApplication::instance(), QStringLiteral("de"), &error), qPrintable(error));
}

} // namespace

void TestLanguage::init()
{
    installGerman();
}

void TestLanguage::cleanup()
{
    QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
}

void TestLanguage::germanTranslatesTheUserInterface()
{
    QCOMPARE(translate("netdesk::MainWindow", "&Case"), QStringLiteral("&Fall"));
    QCOMPARE(translate("netdesk::SettingsDialog", "&Language:"), QStringLiteral("&Sprache:"));
    QCOMPARE(translate("QObject", "Metastatic burden"), QStringLiteral("Metastasenlast")); // a wizard page title
    // German plural forms: one, and everything else.
    QCOMPARE(translate("netdesk::MainWindow", "%n patient(s)", 1), QStringLiteral("1 Patient"));
    QCOMPARE(translate("netdesk::MainWindow", "%n patient(s)", 451), QStringLiteral("451 Patienten"));
    QCOMPARE(translate("netdesk::MainWindow", "%n item(s)", 0), QStringLiteral("0 Einträge"));
}

void TestLanguage::englishTakesTheTranslationOut()
{
    QString error;
    QVERIFY2(installLanguage(*QCoreApplication::instance(), QStringLiteral("en"), &error), qPrintable(error));
    QCOMPARE(translate("netdesk::MainWindow", "&Case"), QStringLiteral("&Case"));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

void TestLanguage::unknownLanguageIsRefusedNamingTheAllowedOnes()
{
    QString error;
    QVERIFY(!installLanguage(*QCoreApplication::instance(), QStringLiteral("xx"), &error));
    QVERIFY2(error.contains(QStringLiteral("xx")) && error.contains(QStringLiteral("en, de")), qPrintable(error));
    // The language installed before stays.
    QCOMPARE(translate("netdesk::MainWindow", "&Case"), QStringLiteral("&Fall"));
}

void TestLanguage::planTextHeadingsInGerman()
{
    // The text netdesk-cli prints with --format text --lang de (the clinical texts come from the
    // knowledge base in its own language; here only the headings and labels are checked).
    const Planned p =
        planFor(parseObject(R"({"schema":"netdesk.case/1","assessmentDate":"2026-11-02","primarySite":"pancreas",
        "differentiation":"well","ki67":2,"sstrImaging":"positive","diseaseStatus":"progressive","ecog":0,
        "metastases":{"liver":true}})"));
    QVERIFY2(p.ok, qPrintable(p.problems.join(u'\n')));
    const QString text = planToText(p.plan);
    for (const QString& heading :
         {QStringLiteral("NETDesk-Plan"), QStringLiteral("KLASSIFIKATION"), QStringLiteral("WARNHINWEISE"),
          QStringLiteral("EMPFEHLUNGEN"), QStringLiteral("VERMEIDEN"), QStringLiteral("PROGNOSE"),
          QStringLiteral("NACHSORGE"), QStringLiteral("LITERATUR"), QStringLiteral("Begründung: "),
          QStringLiteral("Quelle: ")})
        QVERIFY2(text.contains(heading), qPrintable(heading));
    for (const QString& english : {QStringLiteral("CLASSIFICATION"), QStringLiteral("RECOMMENDATIONS"),
                                   QStringLiteral("why: "), QStringLiteral("source: ")})
        QVERIFY2(!text.contains(english), qPrintable(english));
}

void TestLanguage::mainWindowMenusInGerman()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("language.sqlite")));
    QVERIFY(db.ok());
    FixedClock clock(fixedToday());
    Settings settings(dir.filePath(QStringLiteral("netdesk.ini")));
    Registry registry(*db.value(), clock, QStringLiteral("tester"), embeddedKb());
    MainWindow window(registry, clock.today(), QStringLiteral("test"), settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList menus;
    for (const QAction* a : window.menuBar()->actions())
        menus << a->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&Fall"), QStringLiteral("&Tumorkonferenz"), QStringLiteral("&Extras"),
                                 QStringLiteral("&Hilfe")}));
    QStringList caseItems;
    for (const QAction* a : window.menuBar()->actions().constFirst()->menu()->actions()) {
        if (!a->isSeparator())
            caseItems << a->text();
    }
    QVERIFY2(caseItems.contains(QStringLiteral("&Neuer Patient und Beurteilung…")), qPrintable(caseItems.join(u'|')));
    QVERIFY2(caseItems.contains(QStringLiteral("B&eenden")), qPrintable(caseItems.join(u'|')));
    auto* count = window.findChild<QLabel*>(QStringLiteral("patientCount"));
    QVERIFY(count);
    QCOMPARE(count->text(), QStringLiteral("0 Patienten"));
}

void TestLanguage::qtOwnDialogButtonsInGerman()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtbase))
        QSKIP(qPrintable(QStringLiteral("%1 is not installed (Debian: qt6-translations-l10n); Qt's own dialog "
                                        "buttons stay English")
                             .arg(qtbase)));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TestLanguage::tsFileHasNoUnfinishedUserInterfaceMessages()
{
    QFile file(QStringLiteral(NETDESK_TS_DE));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    // Core's validation messages may wait; the screens, the executables and the plan text may not.
    const auto mustBeTranslated = [](const QString& location) {
        return location.startsWith(QLatin1String("../ui/")) || location.startsWith(QLatin1String("../app/")) ||
               location == QLatin1String("../core/interop/PlanText.cpp");
    };
    static const QRegularExpression placeholder(QStringLiteral("%(?:L?\\d+|n)"));
    static const QRegularExpression tag(QStringLiteral("<[^<>\\s][^<>]*>"));
    const auto all = [](const QRegularExpression& re, const QString& text) {
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        return found;
    };

    QXmlStreamReader xml(&file);
    QString context;
    QString location; // lupdate writes a file name only where it changes
    QString source;
    QStringList forms;
    bool numerus = false;
    bool unfinished = false;
    bool checked = false;
    int messages = 0;
    QStringList problems;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                location.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                forms.clear();
                numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                unfinished = false;
                checked = false;
            } else if (name == QLatin1String("location")) {
                const QString filename = xml.attributes().value(QLatin1String("filename")).toString();
                if (!filename.isEmpty())
                    location = filename;
                checked = checked || mustBeTranslated(location);
            } else if (name == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                unfinished = type == QLatin1String("unfinished");
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    checked = false;
                if (!numerus) // plural forms come as <numerusform> children
                    forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && checked) {
            ++messages;
            const QString where = context + QStringLiteral(": \"") + source + u'"';
            if (unfinished) {
                problems << QStringLiteral("unfinished: ") + where;
                continue;
            }
            for (const QString& form : forms) {
                if (form.isEmpty())
                    problems << QStringLiteral("empty translation: ") + where;
                else if (all(placeholder, form) != all(placeholder, source) || all(tag, form) != all(tag, source))
                    problems << QStringLiteral("placeholders or tags differ: ") + where + QStringLiteral(" -> \"") +
                                    form + u'"';
            }
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 150, qPrintable(QString::number(messages))); // the file was read, not skipped
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
