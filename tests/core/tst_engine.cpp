#include <QtTest>
class Testengine : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testengine)
#include "tst_engine.moc"
