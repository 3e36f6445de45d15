#include <QtTest>
class Testknowledgebase : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testknowledgebase)
#include "tst_knowledgebase.moc"
