#include <QtTest>
class Testvignettes : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(Testvignettes)
#include "tst_vignettes.moc"
