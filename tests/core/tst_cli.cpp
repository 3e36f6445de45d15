#include <QtTest>
class Testcli : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testcli)
#include "tst_cli.moc"
