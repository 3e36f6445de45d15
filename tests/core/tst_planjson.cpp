#include <QtTest>
class Testplanjson : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testplanjson)
#include "tst_planjson.moc"
