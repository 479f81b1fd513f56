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
    <name>DatasetRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 の値の型が正しくありません。</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 を空欄にすることはできません。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a schema URI, such as https://ns.adobe.com/xdm/context/profile__union.</source>
        <translation>%1: 「%2」はスキーマの URI ではありません（例: https://ns.adobe.com/xdm/context/profile__union）。</translation>
    </message>
    <message>
        <source>%1 is not the profile union schema; exports into this dataset will fail.</source>
        <translation>%1 がプロファイル和集合スキーマではありません。このデータセットへの書き出しは失敗します。</translation>
    </message>
</context>
<context>
    <name>ExportJobRequest</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 has a value of the wrong type.</source>
        <translation>%1 の値の型が正しくありません。</translation>
    </message>
    <message>
        <source>%1 must not be blank.</source>
        <translation>%1 を空欄にすることはできません。</translation>
    </message>
    <message>
        <source>%1 must not contain spaces.</source>
        <translation>%1 に空白を含めることはできません。</translation>
    </message>
    <message>
        <source>%1 lists no status; leave it out to use the default (realized, existing).</source>
        <translation>%1 にステータスが 1 つもありません。デフォルト（realized、existing）を使う場合は省略してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a segment status (realized, existing or exited).</source>
        <translation>%1: 「%2」はセグメントのステータスではありません。realized、existing、exited のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1: segment “%2” is already in the list.</source>
        <translation>%1: セグメント「%2」はすでに一覧にあります。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an RFC 3339 date and time, such as 2019-09-01T00:00:00Z.</source>
        <translation>%1: 「%2」は RFC 3339 形式の日時ではありません（例: 2019-09-01T00:00:00Z）。</translation>
    </message>
    <message>
        <source>%1 is earlier than %2.</source>
        <translation>%1 が %2 より前になっています。</translation>
    </message>
    <message>
        <source>%1 has an empty entry; separate field paths with single commas.</source>
        <translation>%1 に空の項目があります。フィールドパスはカンマ 1 つで区切ってください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a field path (letters, digits and underscores joined by dots, without spaces).</source>
        <translation>%1: 「%2」はフィールドパスではありません。英数字とアンダースコアをドットでつなぎ、空白は入れないでください。</translation>
    </message>
    <message>
        <source>%1 must be 1 or more.</source>
        <translation>%1 は 1 以上にしてください。</translation>
    </message>
    <message>
        <source>%1 is on but no segments are listed, so everything goes into one batch.</source>
        <translation>%1 がオンですが、セグメントが指定されていないため、すべてが 1 つのバッチに書き出されます。</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>Cannot open the job history: %1</source>
        <translation>ジョブ履歴を開けません: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the job history: %1</source>
        <translation>ジョブ履歴を準備できません: %1</translation>
    </message>
    <message>
        <source>Cannot read the job history: %1</source>
        <translation>ジョブ履歴を読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write the job history: %1</source>
        <translation>ジョブ履歴に書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>JobErrorsModel</name>
    <message>
        <source>The platform could not write the exported profiles to the destination dataset&apos;s storage. Check that the dataset still exists and accepts data, then run the export again.</source>
        <translation>書き出したプロファイルを出力先データセットのストレージに書き込めませんでした。データセットが存在し、データを受け付けることを確認してから、もう一度書き出してください。</translation>
    </message>
    <message>
        <source>The destination dataset was deleted while the job was running. Create or choose another dataset on the profile union schema and run the export again.</source>
        <translation>ジョブの実行中に出力先データセットが削除されました。プロファイル和集合スキーマのデータセットを作成または選択して、もう一度書き出してください。</translation>
    </message>
    <message>
        <source>The destination dataset is not based on the profile union schema, so profiles cannot be written to it. Choose a dataset on the profile union schema.</source>
        <translation>出力先データセットがプロファイル和集合スキーマに基づいていないため、プロファイルを書き込めません。プロファイル和集合スキーマのデータセットを選択してください。</translation>
    </message>
    <message>
        <source>The platform&apos;s processing cluster stopped the job, usually after another error listed here. Fix that error first; if none is listed, run the export again later.</source>
        <translation>プラットフォームの処理クラスターがジョブを停止しました。多くの場合、ここに表示されている別のエラーが原因です。先にそのエラーを解決してください。ほかにエラーがない場合は、しばらくしてからもう一度書き出してください。</translation>
    </message>
    <message>
        <source>The platform stopped while the job was running, so the job ended unfinished. Nothing was written; run the export again.</source>
        <translation>ジョブの実行中にプラットフォームが停止したため、ジョブは完了せずに終了しました。何も書き込まれていません。もう一度書き出してください。</translation>
    </message>
    <message>
        <source>The platform reported an error this version does not recognise. The message and call stack may explain it; quote the job id and request id when asking the platform&apos;s support.</source>
        <translation>このバージョンでは認識できないエラーがプラットフォームから報告されました。メッセージとコールスタックに原因が示されている場合があります。プラットフォームのサポートに問い合わせる際は、ジョブ ID とリクエスト ID を伝えてください。</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>job error column</comment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Message</source>
        <comment>job error column</comment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Call stack</source>
        <comment>job error column</comment>
        <translation>コールスタック</translation>
    </message>
</context>
<context>
    <name>JobPhasesModel</name>
    <message>
        <source>running</source>
        <comment>an export job phase without an end yet</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Phase</source>
        <comment>export job phase column</comment>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Start</source>
        <comment>export job phase column</comment>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <comment>export job phase column</comment>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>export job phase column</comment>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>JobStatus</name>
    <message>
        <source>New</source>
        <comment>export job status</comment>
        <translation>新規</translation>
    </message>
    <message>
        <source>Processing</source>
        <comment>export job status</comment>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>export job status</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>export job status</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>export job status</comment>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>JobTableModel</name>
    <message>
        <source>ID</source>
        <comment>export job column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <comment>export job column</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Segments</source>
        <comment>export job column</comment>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Dataset</source>
        <comment>export job column</comment>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Merge policy</source>
        <comment>export job column</comment>
        <translation>結合ポリシー</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>export job column</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last update</source>
        <comment>export job column</comment>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>export job column</comment>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Profiles</source>
        <comment>export job column: profiles exported</comment>
        <translation>プロファイル数</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>export job column</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>All profiles</source>
        <comment>an export job without a segment filter</comment>
        <translation>すべてのプロファイル</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <comment>export job status</comment>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and its id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Export job %1</source>
        <translation>書き出しジョブ %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <source>Job type: %1</source>
        <translation>ジョブの種類: %1</translation>
    </message>
    <message>
        <source>Profile instance: %1</source>
        <translation>プロファイルインスタンス: %1</translation>
    </message>
    <message>
        <source>Compute export job: %1</source>
        <translation>コンピュート書き出しジョブ: %1</translation>
    </message>
    <message>
        <source>Compute push job: %1</source>
        <translation>コンピュートプッシュジョブ: %1</translation>
    </message>
    <message>
        <source>The platform reported a status this version does not know; the job is watched until it ends.</source>
        <translation>このバージョンでは認識できないステータスがプラットフォームから報告されました。ジョブが終了するまで監視を続けます。</translation>
    </message>
    <message>
        <source>Running longer than export jobs of this sandbox usually take.</source>
        <translation>このサンドボックスの書き出しジョブとしては、通常より長く実行されています。</translation>
    </message>
    <message>
        <source>Cancellation requested; waiting for the platform to stop the job.</source>
        <translation>キャンセルを要求しました。プラットフォームがジョブを停止するのを待っています。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>phase: duration</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 profiles exported</source>
        <comment>a formatted number</comment>
        <translation>%1 件のプロファイルを書き出しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>namespace: count</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error code: message</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JobText</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>duration</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>duration</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>duration</comment>
        <translation>%1 秒</translation>
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
<context>
    <name>PhaseSpan</name>
    <message>
        <source>Queue wait</source>
        <comment>export job phase</comment>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Profile export</source>
        <comment>export job phase</comment>
        <translation>プロファイル書き出し</translation>
    </message>
    <message>
        <source>Dataset write</source>
        <comment>export job phase</comment>
        <translation>データセット書き込み</translation>
    </message>
    <message>
        <source>Total time</source>
        <comment>export job phase</comment>
        <translation>合計時間</translation>
    </message>
</context>
</TS>
