#include <QTest>
class T : public QObject
{
    Q_OBJECT private slots : void none() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(T)
#include "tst_emulator_routes.moc"
