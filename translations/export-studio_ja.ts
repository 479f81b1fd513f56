<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Application</name>
    <message>
        <source>Create, monitor and cancel customer-profile export jobs.</source>
        <translation>顧客プロファイルの書き出しジョブを作成、監視、キャンセルします。</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>表示言語: %1</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>言語「%1」には対応していません。利用できる言語: %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Export Studio</source>
        <translation>Export Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Export Studio</source>
        <translation>Export Studio について(&amp;A)</translation>
    </message>
    <message>
        <source>No export jobs yet.</source>
        <translation>書き出しジョブはまだありません。</translation>
    </message>
    <message>
        <source>About Export Studio</source>
        <translation>Export Studio について</translation>
    </message>
    <message>
        <source>Export Studio %1

Create, monitor and cancel customer-profile export jobs.</source>
        <translation>Export Studio %1

顧客プロファイルの書き出しジョブを作成、監視、キャンセルします。</translation>
    </message>
</context>
</TS>
