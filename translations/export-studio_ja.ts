<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApiError</name>
    <message>
        <source>The platform rejected the request as invalid (HTTP 400).</source>
        <translation>プラットフォームがリクエストを不正として拒否しました (HTTP 400)。</translation>
    </message>
    <message>
        <source>The platform did not accept the access token (HTTP 401).</source>
        <translation>プラットフォームがアクセストークンを受け付けませんでした (HTTP 401)。</translation>
    </message>
    <message>
        <source>The platform denied access (HTTP 403).</source>
        <translation>プラットフォームがアクセスを拒否しました (HTTP 403)。</translation>
    </message>
    <message>
        <source>Not found on the platform (HTTP 404).</source>
        <translation>プラットフォーム上に見つかりません (HTTP 404)。</translation>
    </message>
    <message>
        <source>The request conflicts with the current state on the platform (HTTP 409).</source>
        <translation>リクエストがプラットフォームの現在の状態と競合しています (HTTP 409)。</translation>
    </message>
    <message>
        <source>The platform did not accept the request&apos;s content type (HTTP 415).</source>
        <translation>プラットフォームがリクエストのコンテンツタイプを受け付けませんでした (HTTP 415)。</translation>
    </message>
    <message>
        <source>The platform is limiting the request rate (HTTP 429).</source>
        <translation>プラットフォームがリクエストの頻度を制限しています (HTTP 429)。</translation>
    </message>
    <message>
        <source>The platform ran into an internal error (HTTP 500).</source>
        <translation>プラットフォームで内部エラーが発生しました (HTTP 500)。</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable (HTTP %1).</source>
        <translation>プラットフォームは一時的に利用できません (HTTP %1)。</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1).</source>
        <translation>プラットフォームがリクエストを拒否しました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The platform failed to handle the request (HTTP %1).</source>
        <translation>プラットフォームがリクエストを処理できませんでした (HTTP %1)。</translation>
    </message>
    <message>
        <source>The platform gave an unexpected answer (HTTP %1).</source>
        <translation>プラットフォームから予期しない応答がありました (HTTP %1)。</translation>
    </message>
    <message>
        <source>The platform refused the access token: it is invalid or has expired.</source>
        <translation>プラットフォームがアクセストークンを拒否しました。トークンが無効か、有効期限が切れています。</translation>
    </message>
    <message>
        <source>No access token could be obtained.</source>
        <translation>アクセストークンを取得できませんでした。</translation>
    </message>
    <message>
        <source>The platform could not be reached.</source>
        <translation>プラットフォームに接続できませんでした。</translation>
    </message>
    <message>
        <source>The platform did not answer in time.</source>
        <translation>プラットフォームから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>No secure connection could be established: the platform&apos;s certificate was not accepted.</source>
        <translation>安全な接続を確立できませんでした。プラットフォームの証明書を受け入れられませんでした。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The request was not sent: plain http:// is allowed only for 127.0.0.1, ::1 and localhost. Use https://.</source>
        <translation>リクエストは送信されませんでした。http:// は 127.0.0.1、::1、localhost に対してのみ使用できます。https:// を使用してください。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read (HTTP %1).</source>
        <translation>プラットフォームの応答を読み取れませんでした (HTTP %1)。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer could not be read.</source>
        <translation>プラットフォームの応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The create request failed after it was sent, so it is unknown whether the platform created it. Look it up before trying again.</source>
        <translation>作成リクエストが送信後に失敗したため、プラットフォームで作成されたかどうかわかりません。もう一度実行する前に、作成されていないか確認してください。</translation>
    </message>
    <message>
        <source>The request was not sent because it is not valid.</source>
        <translation>リクエストが正しくないため、送信しませんでした。</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>error title: error detail</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>コード: %1</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reply: %1</source>
        <translation>応答: %1</translation>
    </message>
</context>
<context>
    <name>BatchFileDownload</name>
    <message>
        <source>There is no file to save.</source>
        <translation>保存するファイルがありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The platform lists no readable part for this file.</source>
        <translation>このファイルには、プラットフォームが読み取れるパートを示していません。</translation>
    </message>
    <message>
        <source>Cannot replace %1.</source>
        <translation>%1 を置き換えられません。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2: %3</source>
        <translation>%1 の名前を %2 に変更できません: %3</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Check with &quot;jobs list&quot; whether the job exists before creating it again.</source>
        <translation>もう一度作成する前に、「jobs list」でジョブが作成されていないか確認してください。</translation>
    </message>
    <message>
        <source>The connection cannot be used:</source>
        <translation>この接続は使用できません:</translation>
    </message>
    <message>
        <source>The job ID is missing.</source>
        <translation>ジョブ ID が指定されていません。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job ID: job IDs are numbers.</source>
        <translation>「%1」はジョブ ID ではありません。ジョブ ID は数値です。</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 が指定されていません。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. Run with --help for the commands.</source>
        <translation>予期しない引数「%1」があります。コマンドの一覧は --help で確認できます。</translation>
    </message>
    <message>
        <source>No command given. Run with --help for the commands.</source>
        <translation>コマンドが指定されていません。コマンドの一覧は --help で確認できます。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run with --help for the commands.</source>
        <translation>不明なコマンド「%1」です。コマンドの一覧は --help で確認できます。</translation>
    </message>
    <message>
        <source>Connections saved in the Export Studio app will be listed here once the app saves them; until then the command line uses the connection given by its options and environment.</source>
        <translation>Export Studio アプリで保存した接続は、アプリが接続を保存するようになるとここに表示されます。それまでは、コマンドラインはオプションと環境変数で指定された接続を使用します。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>IMS URL</source>
        <translation>IMS URL</translation>
    </message>
    <message>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Connection in use (from options and environment):</source>
        <translation>使用中の接続 (オプションと環境変数から):</translation>
    </message>
    <message>
        <source>access token from EXPORT_STUDIO_TOKEN</source>
        <translation>EXPORT_STUDIO_TOKEN のアクセストークン</translation>
    </message>
    <message>
        <source>OAuth server-to-server, client secret from EXPORT_STUDIO_CLIENT_SECRET</source>
        <translation>OAuth サーバー間認証 (クライアントシークレットは EXPORT_STUDIO_CLIENT_SECRET)</translation>
    </message>
    <message>
        <source>no credentials</source>
        <translation>資格情報なし</translation>
    </message>
    <message>
        <source>Signed in and read the job list: the connection works.</source>
        <translation>サインインしてジョブの一覧を読み取りました。接続は使用できます。</translation>
    </message>
    <message>
        <source>profile union</source>
        <translation>プロファイル和集合</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>column</comment>
        <translation>作成日時</translation>
    </message>
    <message numerus="yes">
        <source>%n dataset(s)</source>
        <translation>
            <numerusform>%n 件のデータセット</numerusform>
        </translation>
    </message>
    <message>
        <source>More datasets exist: add --all to list every page.</source>
        <translation>ほかにもデータセットがあります。すべてのページを表示するには --all を指定してください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a dataset request: %2</source>
        <translation>%1 はデータセットのリクエストではありません: %2</translation>
    </message>
    <message>
        <source>datasets create needs --name NAME or --file FILE.</source>
        <translation>datasets create には --name NAME または --file FILE を指定してください。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>The dataset request is not valid; nothing was sent:</source>
        <translation>データセットのリクエストが正しくないため、何も送信しませんでした:</translation>
    </message>
    <message>
        <source>Dataset created: %1</source>
        <translation>データセットを作成しました: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job status: use NEW, PROCESSING, SUCCEEDED, FAILED or CANCELLED.</source>
        <translation>「%1」はジョブのステータスではありません。NEW、PROCESSING、SUCCEEDED、FAILED、CANCELLED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>データセット</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n 件のジョブ</numerusform>
        </translation>
    </message>
    <message>
        <source>More jobs exist: add --all to list every page.</source>
        <translation>ほかにもジョブがあります。すべてのページを表示するには --all を指定してください。</translation>
    </message>
    <message>
        <source>Export job %1</source>
        <translation>書き出しジョブ %1</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>バッチ</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>label</comment>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>every profile</source>
        <translation>すべてのプロファイル</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>every field</source>
        <translation>すべてのフィールド</translation>
    </message>
    <message>
        <source>Merge policy</source>
        <translation>結合ポリシー</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Exported profiles</source>
        <translation>書き出したプロファイル</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>jobs create needs --file FILE, a JSON request such as the tutorial&apos;s.</source>
        <translation>jobs create には --file FILE (チュートリアルにあるような JSON のリクエスト) を指定してください。</translation>
    </message>
    <message>
        <source>%1 is not an export job request: %2</source>
        <translation>%1 は書き出しジョブのリクエストではありません: %2</translation>
    </message>
    <message>
        <source>The export job request is not valid; nothing was sent:</source>
        <translation>書き出しジョブのリクエストが正しくないため、何も送信しませんでした:</translation>
    </message>
    <message>
        <source>Export job %1 created: %2</source>
        <translation>書き出しジョブ %1 を作成しました: %2</translation>
    </message>
    <message>
        <source>Could not look at the job, trying again: %1</source>
        <translation>ジョブを確認できませんでした。もう一度試します: %1</translation>
    </message>
    <message>
        <source>Cancellation of export job %1 requested.</source>
        <translation>書き出しジョブ %1 のキャンセルを依頼しました。</translation>
    </message>
    <message>
        <source>The batch ID</source>
        <translation>バッチ ID</translation>
    </message>
    <message>
        <source>File ID</source>
        <translation>ファイル ID</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 件のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>More files exist: add --all to list every page.</source>
        <translation>ほかにもファイルがあります。すべてのページを表示するには --all を指定してください。</translation>
    </message>
    <message>
        <source>The file ID</source>
        <translation>ファイル ID</translation>
    </message>
    <message>
        <source>--resume needs -o FILE.</source>
        <translation>--resume には -o FILE が必要です。</translation>
    </message>
    <message>
        <source>Download one with --path NAME -o FILE.</source>
        <translation>ダウンロードするには --path NAME -o FILE を指定してください。</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>標準出力に書き込めません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The partial download is kept in %1; run the same command with --resume to continue.</source>
        <translation>途中までのダウンロードは %1 に残してあります。続きを取得するには、同じコマンドに --resume を付けて実行してください。</translation>
    </message>
    <message>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 の名前を %2 に変更できません。</translation>
    </message>
    <message>
        <source>Saved %1 to %2 (%3).</source>
        <translation>%1 を %2 に保存しました (%3)。</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>No credentials: set %1 to an access token, or %2 to the client secret of the client ID given as --api-key.</source>
        <translation>資格情報がありません。%1 にアクセストークンを設定するか、%2 に --api-key で指定したクライアント ID のクライアントシークレットを設定してください。</translation>
    </message>
    <message>
        <source>Creates, watches and cancels profile export jobs and downloads their files, over the same client as the Export Studio app.</source>
        <translation>プロファイルの書き出しジョブを作成、監視、キャンセルし、書き出されたファイルをダウンロードします。Export Studio アプリと同じクライアントを使用します。</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>Writes JSON for scripts instead of text.</source>
        <translation>テキストの代わりに、スクリプト向けの JSON を出力します。</translation>
    </message>
    <message>
        <source>Language of messages: ja or en.</source>
        <translation>メッセージの言語 (ja または en)。</translation>
    </message>
    <message>
        <source>language</source>
        <comment>value name of --lang</comment>
        <translation>言語</translation>
    </message>
    <message>
        <source>Gateway URL, e.g. https://platform.adobe.io (%1).</source>
        <translation>ゲートウェイの URL (例: https://platform.adobe.io、%1)。</translation>
    </message>
    <message>
        <source>url</source>
        <comment>value name</comment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Token service URL, e.g. https://ims-na1.adobelogin.com (%1).</source>
        <translation>トークンサービスの URL (例: https://ims-na1.adobelogin.com、%1)。</translation>
    </message>
    <message>
        <source>Organization ID, ...@AdobeOrg (%1).</source>
        <translation>組織 ID (...@AdobeOrg、%1)。</translation>
    </message>
    <message>
        <source>id</source>
        <comment>value name</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sandbox name; prod when not given (%1).</source>
        <translation>サンドボックス名。省略時は prod (%1)。</translation>
    </message>
    <message>
        <source>name</source>
        <comment>value name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Client ID, sent as x-api-key (%1).</source>
        <translation>クライアント ID。x-api-key として送信されます (%1)。</translation>
    </message>
    <message>
        <source>OAuth scopes, comma-separated (%1).</source>
        <translation>OAuth スコープ。カンマ区切り (%1)。</translation>
    </message>
    <message>
        <source>list</source>
        <comment>value name</comment>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer; 30 when not given.</source>
        <translation>各応答を待つ秒数。省略時は 30。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>value name</comment>
        <translation>秒</translation>
    </message>
    <message>
        <source>jobs list: only jobs with this status (NEW, PROCESSING, SUCCEEDED, FAILED, CANCELLED).</source>
        <translation>jobs list: このステータスのジョブだけを表示 (NEW、PROCESSING、SUCCEEDED、FAILED、CANCELLED)。</translation>
    </message>
    <message>
        <source>status</source>
        <comment>value name</comment>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Lists: every page, not only the first.</source>
        <translation>一覧: 最初のページだけでなく、すべてのページを表示。</translation>
    </message>
    <message>
        <source>Lists: entries per page.</source>
        <translation>一覧: 1 ページあたりの件数。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>value name</comment>
        <translation>件数</translation>
    </message>
    <message>
        <source>jobs create, datasets create: the request as a JSON file.</source>
        <translation>jobs create、datasets create: JSON ファイルで指定するリクエスト。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>files get: the name of the file to download.</source>
        <translation>files get: ダウンロードするファイルの名前。</translation>
    </message>
    <message>
        <source>files get: where to save the file; standard output when not given.</source>
        <translation>files get: ファイルの保存先。省略時は標準出力。</translation>
    </message>
    <message>
        <source>files get: continue an interrupted download.</source>
        <translation>files get: 中断したダウンロードを再開します。</translation>
    </message>
    <message>
        <source>datasets create: the dataset&apos;s name.</source>
        <translation>datasets create: データセットの名前。</translation>
    </message>
    <message>
        <source>datasets create: the dataset&apos;s description.</source>
        <translation>datasets create: データセットの説明。</translation>
    </message>
    <message>
        <source>text</source>
        <comment>value name</comment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>jobs watch: seconds between two looks at the job; 5 when not given.</source>
        <translation>jobs watch: ジョブを確認する間隔 (秒)。省略時は 5。</translation>
    </message>
    <message>
        <source>connections: sign in and read one job to prove the connection works.</source>
        <translation>connections: サインインしてジョブを 1 件読み取り、接続が使えることを確認します。</translation>
    </message>
    <message>
        <source>What to do; see Commands below.</source>
        <translation>実行する内容。下の「コマンド」を参照してください。</translation>
    </message>
    <message>
        <source>Commands:
  connections [--check]             the connection in use and where it comes from
  datasets list [--all] [--limit N] datasets of the sandbox
  datasets create --name NAME       a dataset an export can write to
  datasets create --file FILE       a dataset from a request file
  jobs list [--status S] [--all]    export jobs, newest first
  jobs get ID                       one export job in detail
  jobs create --file FILE           a new export job; the request is checked first
  jobs watch ID [--interval SEC]    follow a job until it ends
  jobs cancel ID                    ask the platform to cancel a job
  batches files ID [--all]          the files of an exported batch
  files get ID [--path NAME] [-o FILE]
                                    list a file&apos;s parts, or download one
</source>
        <translation>コマンド:
  connections [--check]             使用中の接続とその指定元
  datasets list [--all] [--limit N] サンドボックスのデータセット
  datasets create --name NAME       書き出し先にできるデータセットを作成
  datasets create --file FILE       リクエストファイルからデータセットを作成
  jobs list [--status S] [--all]    書き出しジョブ (新しい順)
  jobs get ID                       書き出しジョブ 1 件の詳細
  jobs create --file FILE           書き出しジョブを作成 (リクエストを事前に検証)
  jobs watch ID [--interval SEC]    ジョブが終了するまで監視
  jobs cancel ID                    ジョブのキャンセルを依頼
  batches files ID [--all]          書き出されたバッチのファイル
  files get ID [--path NAME] [-o FILE]
                                    ファイルの一覧、または 1 つをダウンロード
</translation>
    </message>
    <message>
        <source>Environment:
  %1, %2, %3, %4, %5, %6
      the connection, when no option gives it
  %7  an access token to use as is
  %8  the client secret, to obtain tokens by OAuth server-to-server
  Secrets are read from the environment only, never from arguments.
</source>
        <translation>環境変数:
  %1, %2, %3, %4, %5, %6
      オプションで指定しない場合の接続設定
  %7  そのまま使用するアクセストークン
  %8  OAuth サーバー間認証でトークンを取得するためのクライアントシークレット
  シークレットは環境変数からだけ読み取り、引数からは読み取りません。
</translation>
    </message>
    <message>
        <source>Exit codes:
  0  done
  1  a local file could not be read or written
  2  wrong usage, an unusable connection or an invalid request
  3  the platform or the network failed the call
  4  the watched job failed or was cancelled
</source>
        <translation>終了コード:
  0  完了
  1  ローカルファイルを読み書きできなかった
  2  使い方の誤り、使用できない接続、または正しくないリクエスト
  3  プラットフォームまたはネットワークで呼び出しが失敗した
  4  監視したジョブが失敗した、またはキャンセルされた
</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to 100.</source>
        <translation>--limit には 1 から 100 までの数値を指定してください。</translation>
    </message>
    <message>
        <source>--interval takes seconds from 0.1 to 3600.</source>
        <translation>--interval には 0.1 から 3600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>--timeout takes seconds from 1 to 3600.</source>
        <translation>--timeout には 1 から 3600 までの秒数を指定してください。</translation>
    </message>
    <message>
        <source>default</source>
        <translation>既定値</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use ja or en.</source>
        <translation>不明な言語「%1」です。ja または en を指定してください。</translation>
    </message>
    <message>
        <source>Run with --help for the commands.</source>
        <translation>コマンドの一覧は --help で確認できます。</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>%1 s</source>
        <comment>duration in seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 が指定されていません。</translation>
    </message>
    <message>
        <source>%1 is not a valid URL: %2</source>
        <translation>%1 が正しい URL ではありません: %2</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; credentials are kept in the keychain.</source>
        <translation>%1 にユーザー名やパスワードを含めないでください。資格情報はキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>%1 must not contain a query or a fragment.</source>
        <translation>%1 にクエリやフラグメントを含めないでください。</translation>
    </message>
    <message>
        <source>%1 uses plain http:// towards %2. Use https://; plain http is allowed only for 127.0.0.1, ::1 and localhost.</source>
        <translation>%1 は %2 に対して http:// を使用しています。https:// を使用してください。http は 127.0.0.1、::1、localhost に対してのみ使用できます。</translation>
    </message>
    <message>
        <source>%1 must start with https://.</source>
        <translation>%1 は https:// で始める必要があります。</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>接続の名前を入力してください。</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>A local platform runs on this computer: its base URL must point to 127.0.0.1, ::1 or localhost.</source>
        <translation>ローカルプラットフォームはこのコンピューター上で動作します。ベース URL には 127.0.0.1、::1、localhost のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>IMS URL</source>
        <translation>IMS URL</translation>
    </message>
    <message>
        <source>OAuth server-to-server needs at least one scope.</source>
        <translation>OAuth サーバー間認証には 1 つ以上のスコープが必要です。</translation>
    </message>
    <message>
        <source>The scope &quot;%1&quot; is not valid: scopes are single words without spaces or commas.</source>
        <translation>スコープ「%1」は正しくありません。スコープは空白やカンマを含まない単語で指定してください。</translation>
    </message>
    <message>
        <source>The organization ID is missing.</source>
        <translation>組織 ID が指定されていません。</translation>
    </message>
    <message>
        <source>The organization ID must not contain spaces or control characters.</source>
        <translation>組織 ID に空白や制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>The sandbox name is missing.</source>
        <translation>サンドボックス名が指定されていません。</translation>
    </message>
    <message>
        <source>The sandbox name &quot;%1&quot; is not valid: use lowercase letters, digits and hyphens, e.g. prod.</source>
        <translation>サンドボックス名「%1」は正しくありません。英小文字、数字、ハイフンを使用してください (例: prod)。</translation>
    </message>
    <message>
        <source>The client ID is missing.</source>
        <translation>クライアント ID が指定されていません。</translation>
    </message>
    <message>
        <source>The client ID must not contain spaces or control characters.</source>
        <translation>クライアント ID に空白や制御文字を含めないでください。</translation>
    </message>
    <message>
        <source>Local platform</source>
        <translation>ローカルプラットフォーム</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>OAuth server-to-server</source>
        <translation>OAuth サーバー間認証</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>Local platform</source>
        <translation>ローカルプラットフォーム</translation>
    </message>
    <message>
        <source>The platform emulator built into Export Studio, on this computer</source>
        <translation>Export Studio に組み込まれた、このコンピューター上のプラットフォームエミュレーターです</translation>
    </message>
    <message>
        <source>The local platform&apos;s connection cannot be changed.</source>
        <translation>ローカルプラットフォームの接続は変更できません。</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; is reserved for the local platform.</source>
        <translation>「%1」はローカルプラットフォーム用の名前のため使用できません。</translation>
    </message>
    <message>
        <source>A connection called &quot;%1&quot; already exists.</source>
        <translation>「%1」という名前の接続はすでにあります。</translation>
    </message>
</context>
<context>
    <name>ConnectionSwitcher</name>
    <message>
        <source>Sandbox &quot;%1&quot; is a production sandbox: exports from it reach production audiences.</source>
        <translation>サンドボックス「%1」は本番サンドボックスです。ここからの書き出しは本番のオーディエンスに届きます。</translation>
    </message>
    <message>
        <source>The sandbox name &quot;%1&quot; is not valid: use lowercase letters, digits and hyphens.</source>
        <translation>サンドボックス名「%1」は無効です。英小文字、数字、ハイフンを使ってください。</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>接続(&amp;C):</translation>
    </message>
    <message>
        <source>The platform and organization the jobs come from</source>
        <translation>ジョブの取得元のプラットフォームと組織</translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation>サンドボックス(&amp;B):</translation>
    </message>
    <message>
        <source>Choose a recent sandbox or type another name and press Enter</source>
        <translation>最近のサンドボックスを選ぶか、別の名前を入力して Enter を押してください</translation>
    </message>
    <message>
        <source>Production</source>
        <comment>badge: the open sandbox is a production one</comment>
        <translation>本番</translation>
    </message>
    <message>
        <source>A production sandbox: exports from it reach production audiences.</source>
        <translation>本番サンドボックスです。ここからの書き出しは本番のオーディエンスに届きます。</translation>
    </message>
</context>
<context>
    <name>ConnectionTest</name>
    <message>
        <source>Access token</source>
        <translation>アクセストークン</translation>
    </message>
    <message>
        <source>Headers and credentials</source>
        <translation>ヘッダーと認証情報</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>サンドボックス</translation>
    </message>
    <message>
        <source>Obtains an access token with the client ID and secret, or checks the pasted token.</source>
        <translation>クライアント ID とシークレットでアクセストークンを取得するか、貼り付けたトークンを確認します。</translation>
    </message>
    <message>
        <source>Sends one authenticated request to see that the token, client ID and organization ID are accepted.</source>
        <translation>認証付きのリクエストを 1 件送り、トークン、クライアント ID、組織 ID が受け付けられるかを確認します。</translation>
    </message>
    <message>
        <source>Lists export jobs to see that this client may use the export API.</source>
        <translation>書き出しジョブを一覧し、このクライアントが書き出し API を使えるかを確認します。</translation>
    </message>
    <message>
        <source>Lists datasets in the sandbox to see that it exists and can be reached.</source>
        <translation>サンドボックス内のデータセットを一覧し、サンドボックスが存在してアクセスできるかを確認します。</translation>
    </message>
</context>
<context>
    <name>ConnectionsDialog</name>
    <message>
        <source>Unsaved Connection</source>
        <translation>未保存の接続</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before leaving it?</source>
        <translation>移動する前に「%1」への変更を保存しますか？</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>New connection %1</source>
        <translation>新しい接続 %1</translation>
    </message>
    <message>
        <source>Remove Connection</source>
        <translation>接続の削除</translation>
    </message>
    <message>
        <source>Remove the connection “%1” and its secret from this computer?</source>
        <translation>接続「%1」とそのシークレットをこのコンピューターから削除しますか？</translation>
    </message>
    <message>
        <source>Enter the client secret: no token can be fetched without it.</source>
        <translation>クライアントシークレットを入力してください。入力しないとトークンを取得できません。</translation>
    </message>
    <message>
        <source>Paste an access token: no call can be made without it.</source>
        <translation>アクセストークンを貼り付けてください。貼り付けないと呼び出しができません。</translation>
    </message>
    <message>
        <source>The secret is kept in the system keychain, never in the settings file.</source>
        <translation>シークレットはシステムのキーチェーンに保存され、設定ファイルには書き込まれません。</translation>
    </message>
    <message>
        <source>The secret goes to the system keychain, never to the settings file; without a keychain it is kept only until Export Studio quits.</source>
        <translation>シークレットはシステムのキーチェーンに保存され、設定ファイルには書き込まれません。キーチェーンがない場合は Export Studio を終了するまでの間だけ保持されます。</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>%1 failed:</source>
        <comment>connection test step</comment>
        <translation>%1で失敗しました:</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>接続は正常です。</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The platforms Export Studio can talk to; the local platform is built in.</source>
        <translation>Export Studio が通信できるプラットフォームです。ローカルプラットフォームは組み込みです。</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Starts a new connection to a platform.</source>
        <translation>プラットフォームへの新しい接続を作成します。</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Deletes the selected connection and its secret.</source>
        <translation>選択した接続とそのシークレットを削除します。</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>The local platform runs inside Export Studio on this computer; its settings are fixed and shown for reference.</source>
        <translation>ローカルプラットフォームはこのコンピューター上の Export Studio 内で動作します。設定は固定で、参考として表示しています。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>How this connection is listed; it also names its secret in the keychain.</source>
        <translation>一覧に表示される接続の名前です。キーチェーン内のシークレットの名前にも使われます。</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <source>The platform&apos;s API gateway, such as https://platform.adobe.io.</source>
        <translation>プラットフォームの API ゲートウェイです（例: https://platform.adobe.io）。</translation>
    </message>
    <message>
        <source>&amp;IMS URL:</source>
        <translation>IMS URL(&amp;I):</translation>
    </message>
    <message>
        <source>The token service, such as https://ims-na1.adobelogin.com.</source>
        <translation>トークンサービスです（例: https://ims-na1.adobelogin.com）。</translation>
    </message>
    <message>
        <source>&amp;Organization ID:</source>
        <translation>組織 ID(&amp;O):</translation>
    </message>
    <message>
        <source>The IMS organization, ending in @AdobeOrg, sent as x-gw-ims-org-id.</source>
        <translation>@AdobeOrg で終わる IMS 組織です。x-gw-ims-org-id として送信されます。</translation>
    </message>
    <message>
        <source>…@AdobeOrg</source>
        <translation>…@AdobeOrg</translation>
    </message>
    <message>
        <source>Sand&amp;box:</source>
        <translation>サンドボックス(&amp;B):</translation>
    </message>
    <message>
        <source>The sandbox to work in, in lowercase, such as prod.</source>
        <translation>作業するサンドボックスです。小文字で入力します（例: prod）。</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>The API key of the project&apos;s credential, sent as x-api-key.</source>
        <translation>プロジェクトの認証情報の API キーです。x-api-key として送信されます。</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>認証(&amp;U):</translation>
    </message>
    <message>
        <source>OAuth server-to-server fetches tokens with the client secret; an access token is pasted and used until it expires.</source>
        <translation>OAuth サーバー間認証はクライアントシークレットでトークンを取得します。アクセストークンは貼り付けて、期限が切れるまで使います。</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>クライアントシークレット(&amp;E):</translation>
    </message>
    <message>
        <source>Access tok&amp;en:</source>
        <translation>アクセストークン(&amp;E):</translation>
    </message>
    <message>
        <source>The credential&apos;s client secret; it is kept in the keychain.</source>
        <translation>認証情報のクライアントシークレットです。キーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>An access token copied from the developer console; it is kept in the keychain.</source>
        <translation>Developer Console からコピーしたアクセストークンです。キーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>show the secret</comment>
        <translation>表示</translation>
    </message>
    <message>
        <source>Shows the secret while the button is down.</source>
        <translation>ボタンを押している間、シークレットを表示します。</translation>
    </message>
    <message>
        <source>Sco&amp;pes:</source>
        <translation>スコープ(&amp;P):</translation>
    </message>
    <message>
        <source>The OAuth scopes of the credential, separated by commas.</source>
        <translation>認証情報の OAuth スコープです。カンマで区切ります。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saves the connection, and its secret in the keychain.</source>
        <translation>接続を保存し、シークレットをキーチェーンに保存します。</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <source>Puts back the saved values.</source>
        <translation>保存済みの値に戻します。</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>接続テスト(&amp;T)</translation>
    </message>
    <message>
        <source>Checks the connection as entered, step by step, without saving it.</source>
        <translation>入力した接続を保存せずに、手順ごとに確認します。</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Closes the window; unsaved changes are asked about first.</source>
        <translation>ウィンドウを閉じます。未保存の変更がある場合は先に確認します。</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>DatasetDialog</name>
    <message>
        <source>Creating the dataset…</source>
        <translation>データセットを作成しています…</translation>
    </message>
    <message>
        <source>Create is unavailable until this is fixed: %1</source>
        <translation>次の問題を直すまで作成できません: %1</translation>
    </message>
    <message>
        <source>The dataset was not created.</source>
        <translation>データセットは作成されませんでした。</translation>
    </message>
    <message>
        <source>New Dataset</source>
        <translation>新規データセット</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Profile Data Export</source>
        <translation>Profile Data Export</translation>
    </message>
    <message>
        <source>The dataset&apos;s name as the platform lists it.</source>
        <translation>プラットフォームの一覧に表示されるデータセット名です。</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>省略可</translation>
    </message>
    <message>
        <source>A note about what the dataset holds, for whoever finds it later.</source>
        <translation>データセットの内容についてのメモです。後で見る人のために書きます。</translation>
    </message>
    <message>
        <source>&amp;Schema:</source>
        <translation>スキーマ(&amp;S):</translation>
    </message>
    <message>
        <source>The XDM schema of the dataset&apos;s records, as a URI; exports need the profile union schema.</source>
        <translation>データセットのレコードの XDM スキーマ（URI）です。書き出しにはプロファイル和集合スキーマが必要です。</translation>
    </message>
    <message>
        <source>Exports write only into datasets on the profile union schema; on another schema the dataset is created but the export fails.</source>
        <translation>書き出し先にできるのはプロファイル和集合スキーマのデータセットだけです。ほかのスキーマではデータセットは作成されますが、書き出しは失敗します。</translation>
    </message>
    <message>
        <source>&amp;Persisted</source>
        <translation>永続化(&amp;P)</translation>
    </message>
    <message>
        <source>Keeps the written files in the data lake, where they can be downloaded.</source>
        <translation>書き込まれたファイルをデータレイクに保持し、ダウンロードできるようにします。</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>形式(&amp;F):</translation>
    </message>
    <message>
        <source>The file format the exported batches are stored in.</source>
        <translation>書き出したバッチを保存するファイル形式です。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <source>Creates the dataset in the current sandbox.</source>
        <translation>現在のサンドボックスにデータセットを作成します。</translation>
    </message>
    <message>
        <source>Closes the form without creating a dataset.</source>
        <translation>データセットを作成せずにフォームを閉じます。</translation>
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
    <name>DateTimeField</name>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Local time (%1)</source>
        <translation>ローカル時刻（%1）</translation>
    </message>
    <message>
        <source>The time zone the date and time are written in; the request carries it as an offset from UTC.</source>
        <translation>日時のタイムゾーンです。リクエストでは UTC からのオフセットとして送信されます。</translation>
    </message>
    <message>
        <source>Date and time, in the zone chosen beside it.</source>
        <translation>横で選んだタイムゾーンでの日時です。</translation>
    </message>
    <message>
        <source>Received as “%1”, which is not an RFC 3339 date and time. Change the value to replace it.</source>
        <translation>「%1」として受け取りましたが、RFC 3339 の日時ではありません。値を変更すると置き換えられます。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select an export job to see its details.</source>
        <translation>書き出しジョブを選択すると、詳細が表示されます。</translation>
    </message>
    <message>
        <source>Overview</source>
        <comment>detail tab</comment>
        <translation>概要</translation>
    </message>
    <message>
        <source>Timeline</source>
        <comment>detail tab</comment>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Errors (%1)</source>
        <comment>detail tab with the number of errors</comment>
        <translation>エラー (%1)</translation>
    </message>
    <message>
        <source>Errors</source>
        <comment>detail tab</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Output</source>
        <comment>detail tab</comment>
        <translation>出力</translation>
    </message>
    <message>
        <source>Request</source>
        <comment>detail tab</comment>
        <translation>リクエスト</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft name “%1” is not valid.</source>
        <translation>下書き名「%1」は無効です。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The draft cannot be saved in %1: %2</source>
        <translation>下書きを %1 に保存できません: %2</translation>
    </message>
</context>
<context>
    <name>ExportJobDialog</name>
    <message>
        <source>Sending the export job…</source>
        <translation>書き出しジョブを送信しています…</translation>
    </message>
    <message>
        <source>Submit waits until the job has been looked for.</source>
        <translation>ジョブの検索が終わるまで送信できません。</translation>
    </message>
    <message>
        <source>Submit is unavailable: %1</source>
        <translation>送信できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Submit is unavailable: %1 (and %n more problem(s))</source>
        <translation>
            <numerusform>送信できません: %1（ほかに %n 件の問題があります）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to submit; %n warning(s) to look at.</source>
        <translation>
            <numerusform>送信できます。確認が必要な警告が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to submit.</source>
        <translation>送信できます。</translation>
    </message>
    <message>
        <source>Creates the export job (Ctrl+Enter).</source>
        <translation>書き出しジョブを作成します（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>The export job was not created. The form keeps what you entered.</source>
        <translation>書き出しジョブは作成されませんでした。入力した内容はフォームに残っています。</translation>
    </message>
    <message>
        <source>The platform did not confirm the export job: it may or may not have been created. Look for it before submitting again, so it is not created twice.</source>
        <translation>プラットフォームから書き出しジョブの確認がありませんでした。作成されたかどうかは不明です。二重に作成しないよう、再送信する前にジョブを検索してください。</translation>
    </message>
    <message>
        <source>Looking for the export job among the newest jobs…</source>
        <translation>最新のジョブから書き出しジョブを探しています…</translation>
    </message>
    <message numerus="yes">
        <source>No export job matching this request was found among the %n newest job(s), so it was not created. You can submit it again.</source>
        <translation>
            <numerusform>最新の %n 件のジョブにこのリクエストに一致する書き出しジョブはなかったため、作成されていません。もう一度送信できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export jobs could not be listed, so it is still unknown whether the job was created. Try again.</source>
        <translation>書き出しジョブを一覧できなかったため、ジョブが作成されたかどうかはまだ不明です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1, sandbox %2</source>
        <comment>connection, sandbox</comment>
        <translation>%1、サンドボックス %2</translation>
    </message>
    <message>
        <source>New Export Job from Job %1 — %2</source>
        <translation>ジョブ %1 からの新規書き出しジョブ — %2</translation>
    </message>
    <message>
        <source>New Export Job — %1</source>
        <translation>新規書き出しジョブ — %1</translation>
    </message>
    <message>
        <source>&amp;Form</source>
        <translation>フォーム(&amp;F)</translation>
    </message>
    <message>
        <source>Every option of the export job, checked as you type.</source>
        <translation>書き出しジョブのすべてのオプションです。入力しながら検証します。</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>リクエスト(&amp;Q)</translation>
    </message>
    <message>
        <source>The exact request Submit sends, as JSON and as a curl command.</source>
        <translation>送信されるリクエストそのものを、JSON と curl コマンドで示します。</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the dialog</comment>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Closes the form; what you entered is kept as a draft.</source>
        <translation>フォームを閉じます。入力した内容は下書きとして保持されます。</translation>
    </message>
    <message>
        <source>&amp;Look for the Job</source>
        <translation>ジョブを検索(&amp;L)</translation>
    </message>
    <message>
        <source>Lists the newest export jobs and looks for one made from this request, instead of sending it again.</source>
        <translation>再送信する代わりに、最新の書き出しジョブを一覧して、このリクエストから作成されたジョブを探します。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Fills the form with the draft.</source>
        <translation>下書きの内容をフォームに入れます。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <comment>discard a draft</comment>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Deletes the draft for good.</source>
        <translation>下書きを完全に削除します。</translation>
    </message>
    <message>
        <source>An export job you did not submit was kept as a draft (%1).</source>
        <translation>送信していない書き出しジョブが下書きとして保持されています（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n more draft(s) after this one.</source>
        <translation>
            <numerusform>このほかに下書きが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied from export job %1. Check it, change what failed, and submit it as a new job.</source>
        <translation>書き出しジョブ %1 から複製しました。内容を確認し、失敗の原因を直してから新しいジョブとして送信してください。</translation>
    </message>
    <message>
        <source>Left out because the form cannot hold their values: %1.</source>
        <translation>フォームで扱えない値のため、次の項目は含めていません: %1。</translation>
    </message>
</context>
<context>
    <name>ExportJobForm</name>
    <message>
        <source>%1 (%2)</source>
        <comment>dataset name (dataset ID)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>On the profile union schema.</source>
        <translation>プロファイル和集合スキーマです。</translation>
    </message>
    <message>
        <source>Not on the profile union schema: exports into it fail.</source>
        <translation>プロファイル和集合スキーマではないため、このデータセットへの書き出しは失敗します。</translation>
    </message>
    <message>
        <source>This sandbox has no datasets yet: create one.</source>
        <translation>このサンドボックスにはまだデータセットがありません。作成してください。</translation>
    </message>
    <message>
        <source>Not one of this sandbox&apos;s merge policies.</source>
        <translation>このサンドボックスの結合ポリシーではありません。</translation>
    </message>
    <message>
        <source>Not sent: each segment&apos;s own merge policy</source>
        <translation>送信しない（各セグメントの結合ポリシー）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>default merge policy</comment>
        <translation>%1（デフォルト）</translation>
    </message>
    <message>
        <source>ID %1, version %2; identity graph: %3; attribute merge: %4</source>
        <translation>ID %1、バージョン %2、ID グラフ: %3、属性の結合: %4</translation>
    </message>
    <message>
        <source>This dataset is not on the profile union schema, so the export will fail. Choose another or create one.</source>
        <translation>このデータセットはプロファイル和集合スキーマではないため、書き出しは失敗します。別のデータセットを選ぶか、作成してください。</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>書き出し先</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>データセット(&amp;D):</translation>
    </message>
    <message>
        <source>Choose a dataset or paste its ID</source>
        <translation>データセットを選ぶか ID を貼り付け</translation>
    </message>
    <message>
        <source>The dataset the exported profiles are written to; it must be on the profile union schema.</source>
        <translation>書き出したプロファイルを書き込むデータセットです。プロファイル和集合スキーマである必要があります。</translation>
    </message>
    <message>
        <source>&amp;New Dataset…</source>
        <translation>新規データセット(&amp;N)…</translation>
    </message>
    <message>
        <source>Creates a dataset on the profile union schema and chooses it for this export job.</source>
        <translation>プロファイル和集合スキーマのデータセットを作成し、この書き出しジョブの書き出し先にします。</translation>
    </message>
    <message>
        <source>Sc&amp;hema name:</source>
        <translation>スキーマ名(&amp;H):</translation>
    </message>
    <message>
        <source>The XDM schema of the exported profiles; exports use _xdm.context.profile.</source>
        <translation>書き出すプロファイルの XDM スキーマです。書き出しでは _xdm.context.profile を使います。</translation>
    </message>
    <message>
        <source>One &amp;batch per segment</source>
        <translation>セグメントごとのバッチ(&amp;B)</translation>
    </message>
    <message>
        <source>Writes each segment&apos;s profiles into a batch of its own instead of one batch for all segments.</source>
        <translation>すべてのセグメントを 1 つのバッチにまとめず、セグメントごとに別のバッチに書き込みます。</translation>
    </message>
    <message>
        <source>A batch per segment can make large exports slower; leave it off unless each segment must be read apart.</source>
        <translation>セグメントごとのバッチにすると、大きな書き出しが遅くなることがあります。セグメントを別々に読む必要がなければオフのままにしてください。</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>&amp;Qualified from:</source>
        <translation>適格時間の開始(&amp;Q):</translation>
    </message>
    <message>
        <source>Exports only profiles that qualified for the segments at or after this time.</source>
        <translation>この日時以降にセグメントの適格となったプロファイルだけを書き出します。</translation>
    </message>
    <message>
        <source>Qualified &amp;until:</source>
        <translation>適格時間の終了(&amp;U):</translation>
    </message>
    <message>
        <source>Exports only profiles that qualified for the segments at or before this time.</source>
        <translation>この日時以前にセグメントの適格となったプロファイルだけを書き出します。</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>&amp;Fields:</source>
        <translation>フィールド(&amp;F):</translation>
    </message>
    <message>
        <source>The profile fields to export, as comma-separated dot paths; leave empty to export every field.</source>
        <translation>書き出すプロファイルのフィールドです。ドット区切りのパスをカンマで区切って入力します。空にするとすべてのフィールドを書き出します。</translation>
    </message>
    <message>
        <source>&amp;Merge policy:</source>
        <translation>結合ポリシー(&amp;M):</translation>
    </message>
    <message>
        <source>How fragments of one person are merged into a profile; not sent means each segment&apos;s own merge policy.</source>
        <translation>1 人分のフラグメントをプロファイルに結合する方法です。送信しない場合は各セグメントの結合ポリシーを使います。</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>バージョン(&amp;V):</translation>
    </message>
    <message>
        <source>Latest</source>
        <comment>merge policy version</comment>
        <translation>最新</translation>
    </message>
    <message>
        <source>The merge policy&apos;s version to use; Latest leaves it out so the platform takes the newest.</source>
        <translation>使用する結合ポリシーのバージョンです。「最新」にすると送信せず、プラットフォームが最新のものを使います。</translation>
    </message>
    <message>
        <source>Updated &amp;after:</source>
        <translation>更新日時の下限(&amp;A):</translation>
    </message>
    <message>
        <source>Exports only profiles updated after this time (their ingest timestamp).</source>
        <translation>この日時より後に更新されたプロファイル（取り込み日時）だけを書き出します。</translation>
    </message>
    <message>
        <source>Include &amp;empty profiles</source>
        <translation>空のプロファイルを含める(&amp;E)</translation>
    </message>
    <message>
        <source>Also exports profiles that have ExperienceEvents but no profile record; off by default.</source>
        <translation>ExperienceEvent はあるがプロファイルレコードのないプロファイルも書き出します。デフォルトはオフです。</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Include Experience&amp;Events</source>
        <translation>ExperienceEvent を含める(&amp;E)</translation>
    </message>
    <message>
        <source>Exports each profile&apos;s time-series events with it; off exports profiles alone.</source>
        <translation>各プロファイルの時系列イベントも一緒に書き出します。オフにするとプロファイルだけを書き出します。</translation>
    </message>
    <message>
        <source>Event fiel&amp;ds:</source>
        <translation>イベントのフィールド(&amp;D):</translation>
    </message>
    <message>
        <source>The event fields to export, as comma-separated dot paths; leave empty for every event field.</source>
        <translation>書き出すイベントのフィールドです。ドット区切りのパスをカンマで区切って入力します。空にするとすべてのイベントフィールドを書き出します。</translation>
    </message>
    <message>
        <source>Ingested f&amp;rom:</source>
        <translation>取り込み日時の開始(&amp;R):</translation>
    </message>
    <message>
        <source>Exports only events ingested at or after this time.</source>
        <translation>この日時以降に取り込まれたイベントだけを書き出します。</translation>
    </message>
    <message>
        <source>Ingested un&amp;til:</source>
        <translation>取り込み日時の終了(&amp;T):</translation>
    </message>
    <message>
        <source>Exports only events ingested at or before this time.</source>
        <translation>この日時以前に取り込まれたイベントだけを書き出します。</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>詳細設定</translation>
    </message>
    <message>
        <source>E&amp;valuate segments before exporting</source>
        <translation>書き出し前にセグメントを評価(&amp;V)</translation>
    </message>
    <message>
        <source>Asks the platform to evaluate the segments first (evaluationInfo.segmentation), so memberships are current.</source>
        <translation>メンバーシップが最新になるよう、先にセグメントを評価するようプラットフォームに依頼します（evaluationInfo.segmentation）。</translation>
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
    <name>FieldListEdit</name>
    <message>
        <source>Add…</source>
        <comment>add a field path</comment>
        <translation>追加…</translation>
    </message>
    <message>
        <source>All profile fields</source>
        <translation>すべてのプロファイルフィールド</translation>
    </message>
    <message>
        <source>Appends a common profile field path to the list.</source>
        <translation>よく使うプロファイルフィールドのパスを一覧に追加します。</translation>
    </message>
    <message>
        <source>All event fields</source>
        <translation>すべてのイベントフィールド</translation>
    </message>
    <message>
        <source>Appends a common event field path to the list.</source>
        <translation>よく使うイベントフィールドのパスを一覧に追加します。</translation>
    </message>
</context>
<context>
    <name>FilePreviewLoader</name>
    <message>
        <source>There is no file to preview.</source>
        <translation>プレビューするファイルがありません。</translation>
    </message>
    <message>
        <source>The platform lists no readable part for this file.</source>
        <translation>このファイルには、プラットフォームが読み取れるパートを示していません。</translation>
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
    <name>JobBatchesModel</name>
    <message>
        <source>Loading…</source>
        <comment>batch details being fetched</comment>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <comment>batch details could not be fetched</comment>
        <translation>取得できません</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>a batch file the platform marks as not valid</comment>
        <translation>無効</translation>
    </message>
    <message>
        <source>Segment / file</source>
        <comment>batches column</comment>
        <translation>セグメント / ファイル</translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>batches column</comment>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Membership</source>
        <comment>batches column: segment membership statuses</comment>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <source>Batch ID</source>
        <comment>batches column</comment>
        <translation>バッチ ID</translation>
    </message>
    <message>
        <source>Batch status</source>
        <comment>batches column</comment>
        <translation>バッチのステータス</translation>
    </message>
    <message>
        <source>Records</source>
        <comment>batches column</comment>
        <translation>レコード数</translation>
    </message>
    <message>
        <source>Size</source>
        <comment>batches column</comment>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>JobChange</name>
    <message>
        <source>Queue wait</source>
        <translation>キュー待ち</translation>
    </message>
    <message>
        <source>Profile export</source>
        <translation>プロファイル書き出し</translation>
    </message>
    <message>
        <source>Dataset write</source>
        <translation>データセット書き込み</translation>
    </message>
    <message>
        <source>Total time</source>
        <translation>合計時間</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>ジョブ %1: %2</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1を開始しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>phase: duration</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 finished in %2</source>
        <translation>%1が完了しました (%2)</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1が完了しました</translation>
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
    <name>JobErrorsTab</name>
    <message>
        <source>—</source>
        <comment>an absent error code</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>The platform reports no error for this job.</source>
        <translation>このジョブについて、プラットフォームはエラーを報告していません。</translation>
    </message>
    <message numerus="yes">
        <source>The platform reports %n error(s) for this job. Unfold a row to see its call stack.</source>
        <translation>
            <numerusform>このジョブについて、プラットフォームは %n 件のエラーを報告しています。行を展開するとコールスタックを表示します。</numerusform>
        </translation>
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
        <source>What it means</source>
        <comment>job error column: hint</comment>
        <translation>意味と対処</translation>
    </message>
    <message>
        <source>Copy support details</source>
        <translation>サポート情報をコピー</translation>
    </message>
    <message>
        <source>Copy the job&apos;s ids, times and errors for the platform&apos;s support</source>
        <translation>プラットフォームのサポート向けに、ジョブの ID、日時、エラーをコピーします</translation>
    </message>
    <message>
        <source>What it means:</source>
        <comment>job error detail heading</comment>
        <translation>意味と対処:</translation>
    </message>
    <message>
        <source>Call stack:</source>
        <comment>job error detail heading</comment>
        <translation>コールスタック:</translation>
    </message>
</context>
<context>
    <name>JobFilterBar</name>
    <message>
        <source>All (%1)</source>
        <comment>status chip: every job</comment>
        <translation>すべて (%1)</translation>
    </message>
    <message>
        <source>Active (%1)</source>
        <comment>status chip: jobs not ended</comment>
        <translation>実行中 (%1)</translation>
    </message>
    <message>
        <source>Succeeded (%1)</source>
        <comment>status chip</comment>
        <translation>成功 (%1)</translation>
    </message>
    <message>
        <source>Failed (%1)</source>
        <comment>status chip</comment>
        <translation>失敗 (%1)</translation>
    </message>
    <message>
        <source>Cancelled (%1)</source>
        <comment>status chip</comment>
        <translation>キャンセル済み (%1)</translation>
    </message>
    <message>
        <source>Show every job of this sandbox</source>
        <translation>このサンドボックスのすべてのジョブを表示します</translation>
    </message>
    <message>
        <source>Show jobs that are new or processing</source>
        <translation>新規または処理中のジョブを表示します</translation>
    </message>
    <message>
        <source>Show jobs that succeeded</source>
        <translation>成功したジョブを表示します</translation>
    </message>
    <message>
        <source>Show jobs that failed</source>
        <translation>失敗したジョブを表示します</translation>
    </message>
    <message>
        <source>Show jobs that were cancelled</source>
        <translation>キャンセルされたジョブを表示します</translation>
    </message>
    <message>
        <source>Search ID, segment, dataset, request ID, error…</source>
        <translation>ID、セグメント、データセット、リクエスト ID、エラーを検索…</translation>
    </message>
    <message>
        <source>Filters the jobs as you type; Enter applies it at once</source>
        <translation>入力に合わせてジョブを絞り込みます。Enter ですぐに適用します</translation>
    </message>
    <message>
        <source>C&amp;reated:</source>
        <comment>filter: creation date range</comment>
        <translation>作成日時(&amp;R):</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Between dates</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>First day, included</source>
        <translation>開始日(この日を含む)</translation>
    </message>
    <message>
        <source>Last day, included</source>
        <translation>終了日(この日を含む)</translation>
    </message>
</context>
<context>
    <name>JobHistoryChart</name>
    <message>
        <source>Export job %1
%2
Created: %3
Duration: %4</source>
        <comment>history chart tooltip</comment>
        <translation>書き出しジョブ %1
%2
作成日時: %3
所要時間: %4</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>history chart series</comment>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>history chart series</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>history chart series</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Stuck</source>
        <comment>history chart series</comment>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>history chart series</comment>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <comment>history chart axis</comment>
        <translation>所要時間 (分)</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <comment>history chart axis</comment>
        <translation>所要時間 (秒)</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>history chart axis</comment>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>JobNotifier</name>
    <message>
        <source>Export job %1 succeeded</source>
        <translation>書き出しジョブ %1 が成功しました</translation>
    </message>
    <message>
        <source>Finished in %1.</source>
        <translation>%1 で完了しました。</translation>
    </message>
    <message>
        <source>%1 profiles exported in %2.</source>
        <translation>%2 で %1 件のプロファイルを書き出しました。</translation>
    </message>
    <message>
        <source>Export job %1 failed</source>
        <translation>書き出しジョブ %1 が失敗しました</translation>
    </message>
    <message>
        <source>The platform reported no reason.</source>
        <translation>プラットフォームから理由は報告されていません。</translation>
    </message>
    <message>
        <source>Export job %1 is taking longer than usual</source>
        <translation>書き出しジョブ %1 がいつもより時間がかかっています</translation>
    </message>
    <message>
        <source>Running for %1.</source>
        <translation>%1 実行しています。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>notification title: text</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>JobOutputTab</name>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Saving was cancelled.</source>
        <translation>保存をキャンセルしました。</translation>
    </message>
    <message>
        <source>The file was not saved: %1</source>
        <translation>ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saving… %1 of %2</source>
        <translation>保存中… %1 / %2</translation>
    </message>
    <message>
        <source>Saving… %1</source>
        <translation>保存中… %1</translation>
    </message>
    <message>
        <source>Save Exported File</source>
        <translation>書き出したファイルを保存</translation>
    </message>
    <message>
        <source>JSON Lines (*.json *.jsonl);;All files (*)</source>
        <translation>JSON Lines (*.json *.jsonl);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Preview</source>
        <comment>first records of an exported file</comment>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Save As…</source>
        <comment>save an exported file</comment>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save the whole selected file to disk</source>
        <translation>選択したファイル全体をディスクに保存します</translation>
    </message>
    <message>
        <source>This job has not written any batch.</source>
        <translation>このジョブはバッチを書き出していません。</translation>
    </message>
    <message>
        <source>Select a file to see its first records.</source>
        <translation>ファイルを選択すると、先頭のレコードが表示されます。</translation>
    </message>
    <message>
        <source>Reading the beginning of the file…</source>
        <translation>ファイルの先頭を読み込んでいます…</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>プレビューを読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the first %1 of %2.</source>
        <translation>
            <numerusform>%2 のうち先頭 %1 から %n 件のレコードを表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) from the first %1.</source>
        <translation>
            <numerusform>先頭 %1 から %n 件のレコードを表示しています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that are not JSON objects were left out.</source>
        <translation>
            <numerusform>JSON オブジェクトではない %n 行を除外しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobOverviewTab</name>
    <message>
        <source>—</source>
        <comment>an absent value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>dataset name (dataset id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Default merge policy</source>
        <translation>デフォルトの結合ポリシー</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <comment>export job status while a cancel is pending</comment>
        <translation>キャンセル中…</translation>
    </message>
    <message>
        <source>Export job %1</source>
        <comment>heading of the detail pane</comment>
        <translation>書き出しジョブ %1</translation>
    </message>
    <message>
        <source>Elapsed:</source>
        <comment>export job time running so far</comment>
        <translation>経過時間:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <comment>export job total time</comment>
        <translation>所要時間:</translation>
    </message>
    <message>
        <source>ups (default)</source>
        <comment>segment namespace the platform assumes</comment>
        <translation>ups (デフォルト)</translation>
    </message>
    <message>
        <source>realized, existing (default)</source>
        <comment>segment membership statuses the platform assumes</comment>
        <translation>realized, existing (デフォルト)</translation>
    </message>
    <message>
        <source>Every profile</source>
        <comment>an export job without a segment filter</comment>
        <translation>すべてのプロファイル</translation>
    </message>
    <message>
        <source>Cancel job…</source>
        <translation>ジョブをキャンセル…</translation>
    </message>
    <message>
        <source>Ask the platform to stop this export job</source>
        <translation>この書き出しジョブの停止をプラットフォームに依頼します</translation>
    </message>
    <message>
        <source>Clone…</source>
        <comment>clone an export job</comment>
        <translation>複製…</translation>
    </message>
    <message>
        <source>Create a new export job with this job&apos;s settings</source>
        <translation>このジョブの設定で新しい書き出しジョブを作成します</translation>
    </message>
    <message>
        <source>Job</source>
        <comment>overview section</comment>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Times</source>
        <comment>overview section</comment>
        <translation>日時</translation>
    </message>
    <message>
        <source>Segments</source>
        <comment>overview section</comment>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Exported profiles</source>
        <comment>overview section</comment>
        <translation>書き出したプロファイル</translation>
    </message>
    <message>
        <source>Compute jobs</source>
        <comment>overview section: computeGatewayJobId</comment>
        <translation>コンピュートジョブ</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>ジョブ ID:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>リクエスト ID:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <comment>destination dataset</comment>
        <translation>データセット:</translation>
    </message>
    <message>
        <source>Merge policy:</source>
        <translation>結合ポリシー:</translation>
    </message>
    <message>
        <source>Profile instance:</source>
        <translation>プロファイルインスタンス:</translation>
    </message>
    <message>
        <source>Job type:</source>
        <translation>ジョブの種類:</translation>
    </message>
    <message>
        <source>Created:</source>
        <comment>export job time</comment>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <comment>export job time</comment>
        <translation>最終更新:</translation>
    </message>
    <message>
        <source>Started:</source>
        <comment>export job time: processing began</comment>
        <translation>開始日時:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <comment>export job time</comment>
        <translation>終了日時:</translation>
    </message>
    <message>
        <source>Export job:</source>
        <comment>compute gateway export job id</comment>
        <translation>書き出しジョブ:</translation>
    </message>
    <message>
        <source>Push job:</source>
        <comment>compute gateway push job id</comment>
        <translation>プッシュジョブ:</translation>
    </message>
    <message>
        <source>Total:</source>
        <comment>exported profiles</comment>
        <translation>合計:</translation>
    </message>
    <message>
        <source>Segment</source>
        <comment>overview segments column</comment>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>overview segments column</comment>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Membership</source>
        <comment>overview segments column: statuses</comment>
        <translation>メンバーシップ</translation>
    </message>
    <message>
        <source>Namespace</source>
        <comment>overview profiles column</comment>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Profiles</source>
        <comment>overview profiles column</comment>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>merge policy name (merge policy id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <comment>merge policy, version</comment>
        <translation>%1、バージョン %2</translation>
    </message>
    <message>
        <source>%1, latest version</source>
        <comment>merge policy</comment>
        <translation>%1、最新バージョン</translation>
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
    <name>JobRequestTab</name>
    <message>
        <source>The job as the platform returns it:</source>
        <translation>プラットフォームが返すジョブ:</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON をコピー</translation>
    </message>
    <message>
        <source>Copy Command</source>
        <comment>copy the curl command</comment>
        <translation>コマンドをコピー</translation>
    </message>
    <message>
        <source>Create the same job from a terminal (put an access token in place of {ACCESS_TOKEN} first):</source>
        <translation>同じジョブをターミナルから作成するコマンド (先に {ACCESS_TOKEN} をアクセストークンに置き換えてください):</translation>
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
    <name>JobTimelineTab</name>
    <message>
        <source>The platform has not reported any timing for this job yet.</source>
        <translation>このジョブの処理時間は、まだプラットフォームから報告されていません。</translation>
    </message>
</context>
<context>
    <name>JobTimelineView</name>
    <message>
        <source>%1: %2 (running)</source>
        <comment>timeline legend: phase name, duration</comment>
        <translation>%1: %2 (実行中)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>timeline legend: phase name, duration</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>running</source>
        <comment>a phase without an end yet</comment>
        <translation>実行中</translation>
    </message>
    <message>
        <source>%1
Start: %2
End: %3
Duration: %4</source>
        <comment>timeline bar tooltip</comment>
        <translation>%1
開始: %2
終了: %3
所要時間: %4</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <source>Create, monitor and cancel customer-profile export jobs. Without a saved connection it runs on its embedded local platform, with demo data.</source>
        <translation>顧客プロファイルの書き出しジョブを作成、監視、キャンセルします。保存された接続がないときは、組み込みのローカルプラットフォームでデモデータを使って動作します。</translation>
    </message>
    <message>
        <source>Open the saved connection NAME.</source>
        <translation>保存された接続 NAME を開きます。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Open the sandbox NAME of the connection.</source>
        <translation>接続のサンドボックス NAME を開きます。</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>表示言語: %1。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Keep settings, job history, drafts and the local platform&apos;s data in DIR (default: %1).</source>
        <translation>設定、ジョブ履歴、下書き、ローカルプラットフォームのデータを DIR に保存します(既定: %1)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Make each phase of a local platform export last at least SECONDS (default: %1; 0 for full speed).</source>
        <translation>ローカルプラットフォームの書き出しの各フェーズを最低 SECONDS 秒かけて実行します(既定: %1、0 で最高速)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;. See --help.</source>
        <translation>引数「%1」は使えません。--help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;. Available: %2.</source>
        <translation>言語「%1」はありません。使用できる言語: %2。</translation>
    </message>
    <message>
        <source>--demo-pace takes a number of seconds from 0 to %1, not &quot;%2&quot;.</source>
        <translation>--demo-pace には 0 から %1 までの秒数を指定してください(指定値: 「%2」)。</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir にはフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder.</source>
        <translation>「%1」はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The sandbox name &quot;%1&quot; is not valid: use lowercase letters, digits and hyphens.</source>
        <translation>サンドボックス名「%1」は無効です。英小文字、数字、ハイフンを使ってください。</translation>
    </message>
    <message>
        <source>There is no connection called &quot;%1&quot;. Saved connections: %2.</source>
        <translation>「%1」という接続はありません。保存された接続: %2。</translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
</context>
<context>
    <name>LoadState</name>
    <message>
        <source>&amp;Retry</source>
        <comment>load a list again</comment>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Asks the platform for the list again.</source>
        <translation>プラットフォームに一覧をもう一度要求します。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Could not load the list: %1</source>
        <translation>一覧を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
        <source>About Export Studio</source>
        <translation>Export Studio について</translation>
    </message>
    <message>
        <source>Export Studio %1

Create, monitor and cancel customer-profile export jobs.</source>
        <translation>Export Studio %1

顧客プロファイルの書き出しジョブを作成、監視、キャンセルします。</translation>
    </message>
    <message>
        <source>The platform accepted the cancellation of export job %1.</source>
        <translation>プラットフォームが書き出しジョブ %1 のキャンセルを受け付けました。</translation>
    </message>
    <message>
        <source>Export job %1 was cancelled.</source>
        <translation>書き出しジョブ %1 はキャンセルされました。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n job(s) to %1.</source>
        <comment>CSV export</comment>
        <translation>
            <numerusform>%n 件のジョブを %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export list</source>
        <translation>一覧の書き出し</translation>
    </message>
    <message>
        <source>The list could not be exported.</source>
        <translation>一覧を書き出せませんでした。</translation>
    </message>
    <message>
        <source>Copied the curl command that creates export job %1 again.</source>
        <translation>書き出しジョブ %1 をもう一度作成する curl コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>Starting the local platform…
Its jobs appear here in a moment.</source>
        <translation>ローカルプラットフォームを起動しています…
まもなくジョブがここに表示されます。</translation>
    </message>
    <message>
        <source>The local platform could not start.
%1</source>
        <translation>ローカルプラットフォームを起動できませんでした。
%1</translation>
    </message>
    <message>
        <source>The platform cannot be reached. Its jobs appear here as soon as it answers.</source>
        <translation>プラットフォームに接続できません。応答があり次第、ジョブがここに表示されます。</translation>
    </message>
    <message>
        <source>Loading export jobs…</source>
        <translation>書き出しジョブを読み込んでいます…</translation>
    </message>
    <message>
        <source>No export jobs in this sandbox yet.
Create one with New export job.</source>
        <translation>このサンドボックスにはまだ書き出しジョブがありません。
「新しい書き出しジョブ」で作成してください。</translation>
    </message>
    <message>
        <source>No job matches the filters.</source>
        <translation>条件に合うジョブはありません。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>window title: connection · sandbox</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Cancel export job</source>
        <translation>書き出しジョブのキャンセル</translation>
    </message>
    <message>
        <source>Cancel export job %1?</source>
        <translation>書き出しジョブ %1 をキャンセルしますか?</translation>
    </message>
    <message>
        <source>It exports every profile (no segment filter).</source>
        <translation>このジョブはすべてのプロファイルを書き出します(セグメントの絞り込みなし)。</translation>
    </message>
    <message>
        <source>It exports: %1.</source>
        <translation>書き出し対象: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The platform stops the export. A cancelled job cannot be resumed; to export the same profiles later, clone it.</source>
        <translation>プラットフォームが書き出しを中止します。キャンセルしたジョブは再開できません。後で同じプロファイルを書き出すには、ジョブを複製してください。</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>ジョブをキャンセル</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>実行を続ける</translation>
    </message>
    <message>
        <source>Cancelling export job %1…</source>
        <translation>書き出しジョブ %1 をキャンセルしています…</translation>
    </message>
    <message>
        <source>Export job %1 could not be cancelled.</source>
        <translation>書き出しジョブ %1 をキャンセルできませんでした。</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Export list as CSV</source>
        <translation>一覧を CSV で書き出し</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Job</source>
        <translation>ジョブ(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <comment>toolbar</comment>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Connection</source>
        <comment>toolbar</comment>
        <translation>接続</translation>
    </message>
    <message>
        <source>Job history</source>
        <comment>dock: durations of recent jobs</comment>
        <translation>ジョブ履歴</translation>
    </message>
    <message>
        <source>New &amp;dataset…</source>
        <translation>新しいデータセット(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a dataset to export into</source>
        <translation>書き出し先のデータセットを作成します</translation>
    </message>
    <message>
        <source>Dataset</source>
        <comment>toolbar: new dataset</comment>
        <translation>データセット</translation>
    </message>
    <message>
        <source>&amp;New export job…</source>
        <translation>新しい書き出しジョブ(&amp;N)…</translation>
    </message>
    <message>
        <source>Create an export job</source>
        <translation>書き出しジョブを作成します</translation>
    </message>
    <message>
        <source>New job</source>
        <comment>toolbar: new export job</comment>
        <translation>新規ジョブ</translation>
    </message>
    <message>
        <source>C&amp;lone job…</source>
        <translation>ジョブを複製(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a new export job with the selected job&apos;s request</source>
        <translation>選択したジョブのリクエストで新しい書き出しジョブを開きます</translation>
    </message>
    <message>
        <source>Clone</source>
        <comment>toolbar: clone job</comment>
        <translation>複製</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>ジョブをキャンセル(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>選択したジョブをキャンセルします</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>toolbar: cancel job</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the platform for the latest state now</source>
        <translation>プラットフォームから最新の状態を今すぐ取得します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <comment>toolbar: refresh</comment>
        <translation>更新</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>curl としてコピー(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected job&apos;s create request as a curl command</source>
        <translation>選択したジョブの作成リクエストを curl コマンドとしてコピーします</translation>
    </message>
    <message>
        <source>curl</source>
        <comment>toolbar: copy as curl</comment>
        <translation>curl</translation>
    </message>
    <message>
        <source>&amp;Export list (CSV)…</source>
        <translation>一覧を書き出し (CSV)(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the jobs shown, as shown, in a CSV file</source>
        <translation>表示中のジョブを表示どおりに CSV ファイルへ保存します</translation>
    </message>
    <message>
        <source>CSV</source>
        <comment>toolbar: export list</comment>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Language, notifications and connections</source>
        <translation>言語、通知、接続</translation>
    </message>
    <message>
        <source>C&amp;onnections…</source>
        <translation>接続(&amp;O)…</translation>
    </message>
    <message>
        <source>Add or edit platform connections</source>
        <translation>プラットフォームへの接続を追加・編集します</translation>
    </message>
    <message>
        <source>Quit Export Studio</source>
        <translation>Export Studio を終了します</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the jobs</source>
        <translation>ジョブを検索します</translation>
    </message>
    <message>
        <source>Show &amp;all jobs</source>
        <translation>すべてのジョブを表示(&amp;A)</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>すべての絞り込みを解除します</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: what an action does (its shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>すべてのジョブ</translation>
    </message>
    <message>
        <source>Active jobs</source>
        <translation>実行中のジョブ</translation>
    </message>
    <message>
        <source>Succeeded jobs</source>
        <translation>成功したジョブ</translation>
    </message>
    <message>
        <source>Failed jobs</source>
        <translation>失敗したジョブ</translation>
    </message>
    <message>
        <source>Cancelled jobs</source>
        <translation>キャンセル済みのジョブ</translation>
    </message>
    <message>
        <source>Created the dataset %1.</source>
        <translation>データセット %1 を作成しました。</translation>
    </message>
    <message>
        <source>Created export job %1.</source>
        <translation>書き出しジョブ %1 を作成しました。</translation>
    </message>
</context>
<context>
    <name>MonitorStatus</name>
    <message numerus="yes">
        <source>%n active job(s)</source>
        <comment>jobs not ended</comment>
        <translation>
            <numerusform>実行中のジョブ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the local platform…</source>
        <translation>ローカルプラットフォームを起動しています…</translation>
    </message>
    <message>
        <source>The local platform could not start.</source>
        <translation>ローカルプラットフォームを起動できませんでした。</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Cannot reach the platform: %1</source>
        <translation>プラットフォームに接続できません: %1</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>最後の応答: %1</translation>
    </message>
    <message>
        <source>Some requests failed: %1</source>
        <translation>一部のリクエストが失敗しました: %1</translation>
    </message>
    <message>
        <source>Refreshed %1 ago</source>
        <translation>%1前に更新</translation>
    </message>
    <message>
        <source>Last refresh: %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Waiting for the local platform</source>
        <translation>ローカルプラットフォームを待機中</translation>
    </message>
    <message>
        <source>Not polling</source>
        <translation>ポーリング停止中</translation>
    </message>
    <message numerus="yes">
        <source>Loading jobs: %n so far</source>
        <comment>initial load</comment>
        <translation>
            <numerusform>ジョブを読み込み中: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>ジョブを読み込んでいます…</translation>
    </message>
    <message>
        <source>Polling every %1</source>
        <translation>%1ごとにポーリング</translation>
    </message>
    <message>
        <source>Idle: polling every %1</source>
        <translation>待機中: %1ごとにポーリング</translation>
    </message>
    <message>
        <source>Paused: trying again now</source>
        <translation>一時停止中: 再試行しています</translation>
    </message>
    <message>
        <source>Paused: next try in %1</source>
        <translation>一時停止中: %1後に再試行</translation>
    </message>
</context>
<context>
    <name>PendingRequest</name>
    <message>
        <source>The request URL</source>
        <translation>リクエスト URL</translation>
    </message>
    <message>
        <source>The connection has no source of access tokens.</source>
        <translation>この接続にはアクセストークンの取得元がありません。</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n 秒以内に応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is larger than %1 MB.</source>
        <translation>応答が %1 MB を超えています。</translation>
    </message>
    <message>
        <source>The downloaded data could not be written.</source>
        <translation>ダウンロードしたデータを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The downloaded data could not be written: %1</source>
        <translation>ダウンロードしたデータを書き込めませんでした: %1</translation>
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
<context>
    <name>PlatformClient</name>
    <message>
        <source>The connection has no source of access tokens.</source>
        <translation>この接続にはアクセストークンの取得元がありません。</translation>
    </message>
    <message>
        <source>The link to the next page cannot be followed.</source>
        <translation>次のページへのリンクをたどれません。</translation>
    </message>
    <message>
        <source>The download has nowhere to be written.</source>
        <translation>ダウンロードの書き込み先がありません。</translation>
    </message>
</context>
<context>
    <name>PlatformEmulator</name>
    <message>
        <source>A local platform that speaks the export API of the customer-data platform: IMS tokens, Catalog datasets and batches, export jobs, segment definitions, merge policies, audiences and Data Access, with real exports of generated profiles.</source>
        <translation>顧客データプラットフォームの書き出し API を話すローカルプラットフォームです。IMS トークン、Catalog のデータセットとバッチ、書き出しジョブ、セグメント定義、結合ポリシー、オーディエンス、Data Access に応え、生成したプロファイルを実際に書き出します。</translation>
    </message>
    <message>
        <source>TCP port to listen on; 0 picks a free port (default: 0).</source>
        <translation>待ち受ける TCP ポートです。0 を指定すると空いているポートを選びます（既定値: 0）。</translation>
    </message>
    <message>
        <source>port</source>
        <comment>value name of a command-line option</comment>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Address to listen on (default: 127.0.0.1). Anything other than a loopback address makes the platform reachable from other machines.</source>
        <translation>待ち受けるアドレスです（既定値: 127.0.0.1）。ループバック以外のアドレスを指定すると、他のマシンからも接続できるようになります。</translation>
    </message>
    <message>
        <source>address</source>
        <comment>value name of a command-line option</comment>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Folder for the SQLite state and the exported files; kept across restarts. Without it a temporary folder is used and removed on exit.</source>
        <translation>SQLite の状態と書き出したファイルを置くフォルダーです。再起動後も残ります。指定しない場合は一時フォルダーを使い、終了時に削除します。</translation>
    </message>
    <message>
        <source>folder</source>
        <comment>value name of a command-line option</comment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Profiles with a profile record in the demo organization&apos;s &quot;prod&quot; sandbox (default: 2000). Other sandboxes get a tenth; one profile in twenty more has only events.</source>
        <translation>デモ組織の「prod」サンドボックスに置く、プロファイルレコードを持つプロファイルの数です（既定値: 2000）。他のサンドボックスにはその 10 分の 1 を置きます。さらに 20 件に 1 件の割合で、イベントだけを持つプロファイルを加えます。</translation>
    </message>
    <message>
        <source>count</source>
        <comment>value name of a command-line option</comment>
        <translation>件数</translation>
    </message>
    <message>
        <source>Seed of the generated profiles, segments and policies (default: 1). The same seed always gives the same data.</source>
        <translation>生成するプロファイル、セグメント、ポリシーのシードです（既定値: 1）。同じシードからは常に同じデータが生成されます。</translation>
    </message>
    <message>
        <source>number</source>
        <comment>value name of a command-line option</comment>
        <translation>数値</translation>
    </message>
    <message>
        <source>Seconds that each stage of an export lasts at least: queue wait, profile export and dataset write (default: 0, as fast as the disk allows). Use 5 to watch jobs move in a demo.</source>
        <translation>書き出しの各段階（キュー待ち、プロファイル書き出し、データセット書き込み）が最低限かかる秒数です（既定値: 0、ディスクの速度どおり）。デモでジョブの進み具合を見せるには 5 を指定します。</translation>
    </message>
    <message>
        <source>seconds</source>
        <comment>value name of a command-line option</comment>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default: 86399).</source>
        <translation>発行するアクセストークンの有効期間（秒）です（既定値: 86399）。</translation>
    </message>
    <message>
        <source>Misbehaviour to inject, as comma-separated kind=rate items (rates 0..1 or percentages): fail=R (export jobs end FAILED), 429=R[:SECONDS] (Too Many Requests with Retry-After, default 1), 5xx=R (500, 502, 503 or 504), slow=R[:MS] (answer late, default 1500 ms), drop=R (close the connection without an answer), seed=N (reproducible dice).</source>
        <translation>注入する異常動作を、種類=割合 をカンマで区切って指定します（割合は 0〜1 または百分率）: fail=R（書き出しジョブを失敗させる）、429=R[:秒]（Retry-After 付きの Too Many Requests、既定 1 秒）、5xx=R（500、502、503 または 504）、slow=R[:ミリ秒]（応答を遅らせる、既定 1500 ミリ秒）、drop=R（応答せずに接続を切る）、seed=N（結果を再現できる乱数）。</translation>
    </message>
    <message>
        <source>spec</source>
        <comment>value name of a command-line option</comment>
        <translation>指定</translation>
    </message>
    <message>
        <source>Add demo data on first start: a union-schema dataset, a dataset on another schema and three past jobs (succeeded, failed, cancelled).</source>
        <translation>初回起動時にデモデータを追加します: 和集合スキーマのデータセット、別のスキーマのデータセット、過去の書き出しジョブ 3 件（成功、失敗、キャンセル済み）。</translation>
    </message>
    <message>
        <source>Append every request to this file as JSON Lines (method, path, query, sandbox, status, bytes, duration, request body). Tokens and secrets are never written.</source>
        <translation>すべてのリクエストをこのファイルに JSON Lines 形式で追記します（メソッド、パス、クエリ、サンドボックス、ステータス、バイト数、所要時間、リクエスト本文）。トークンやシークレットは書き込みません。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>value name of a command-line option</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Records per exported file before a new file of the batch starts (default: 250000).</source>
        <translation>書き出すファイル 1 つあたりのレコード数です。これを超えるとバッチの次のファイルに書き込みます（既定値: 250000）。</translation>
    </message>
    <message>
        <source>Try --help.</source>
        <translation>--help で使い方を確認してください。</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>Every URL of the platform is served on the one port: point both the gateway URL and the IMS URL of a connection at the printed base URL.</source>
        <translation>プラットフォームのすべての URL を 1 つのポートで提供します。接続のゲートウェイ URL と IMS URL の両方に、表示されたベース URL を指定してください。</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port には 0〜65535 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--bind: &apos;%1&apos; is not an IP address.</source>
        <translation>--bind: 「%1」は IP アドレスではありません。</translation>
    </message>
    <message>
        <source>--profiles must be a number from 0 to 50000000.</source>
        <translation>--profiles には 0〜50000000 の数値を指定してください。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>--pace must be a number of seconds from 0 to 3600.</source>
        <translation>--pace には 0〜3600 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--token-lifetime must be a number of seconds from 1.</source>
        <translation>--token-lifetime には 1 以上の秒数を指定してください。</translation>
    </message>
    <message>
        <source>--records-per-file must be a number from 1.</source>
        <translation>--records-per-file には 1 以上の数値を指定してください。</translation>
    </message>
    <message>
        <source>--chaos: %1</source>
        <translation>--chaos: %1</translation>
    </message>
    <message>
        <source>The local platform is listening on %1</source>
        <translation>ローカルプラットフォームは %1 で待ち受けています</translation>
    </message>
    <message>
        <source>  Gateway URL:    %1</source>
        <translation>  ゲートウェイ URL:  %1</translation>
    </message>
    <message>
        <source>  IMS URL:        %1 (POST /ims/token/v3)</source>
        <translation>  IMS URL:           %1 (POST /ims/token/v3)</translation>
    </message>
    <message>
        <source>  Org ID:         %1</source>
        <translation>  組織 ID:           %1</translation>
    </message>
    <message>
        <source>  Client ID:      %1</source>
        <translation>  クライアント ID:   %1</translation>
    </message>
    <message>
        <source>  Client secret:  %1 (demo credentials of the local platform)</source>
        <translation>  クライアントシークレット: %1（ローカルプラットフォームのデモ用認証情報）</translation>
    </message>
    <message>
        <source>  Sandboxes:      %1</source>
        <translation>  サンドボックス:    %1</translation>
    </message>
    <message>
        <source>  Data folder:    %1</source>
        <translation>  データフォルダー:  %1</translation>
    </message>
    <message>
        <source>  Profiles:       %1 (seed %2)</source>
        <translation>  プロファイル:      %1 件（シード %2）</translation>
    </message>
    <message>
        <source>  Chaos:          %1</source>
        <translation>  異常動作の注入:    %1</translation>
    </message>
    <message>
        <source>  Pace:           %1 s per stage</source>
        <translation>  ペース:            段階ごとに %1 秒</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Ctrl+C で停止します。</translation>
    </message>
</context>
<context>
    <name>RequestPreview</name>
    <message>
        <source>Request &amp;body (JSON)</source>
        <translation>リクエスト本文（JSON）(&amp;B)</translation>
    </message>
    <message>
        <source>Exactly what Submit sends as the body of POST /export/jobs.</source>
        <translation>送信時に POST /export/jobs の本文として送られる内容そのものです。</translation>
    </message>
    <message>
        <source>Copy &amp;JSON</source>
        <translation>JSON をコピー(&amp;J)</translation>
    </message>
    <message>
        <source>Copies the request body to the clipboard.</source>
        <translation>リクエスト本文をクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>As a c&amp;url command</source>
        <translation>curl コマンド(&amp;U)</translation>
    </message>
    <message>
        <source>The same request as a command for a terminal.</source>
        <translation>同じリクエストをターミナル用のコマンドにしたものです。</translation>
    </message>
    <message>
        <source>Copy &amp;curl</source>
        <translation>curl をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the curl command to the clipboard.</source>
        <translation>curl コマンドをクリップボードにコピーします。</translation>
    </message>
    <message>
        <source>The command holds {ACCESS_TOKEN} where the access token goes: it never contains a token or a secret.</source>
        <translation>コマンドにはアクセストークンの代わりに {ACCESS_TOKEN} が入っています。トークンやシークレットが含まれることはありません。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No keychain service is available (%1). Secrets are kept only until Export Studio quits and are never written to disk.</source>
        <translation>キーチェーンサービスを利用できません（%1）。シークレットは Export Studio を終了するまでの間だけ保持され、ディスクには書き込まれません。</translation>
    </message>
</context>
<context>
    <name>SegmentPickerDialog</name>
    <message numerus="yes">
        <source>%n segment definition(s) shown</source>
        <translation>
            <numerusform>%n 件のセグメント定義を表示中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <comment>segment definitions</comment>
        <translation>
            <numerusform>%n 件を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Italic: already in the export job.</source>
        <translation>斜体: すでに書き出しジョブに含まれています。</translation>
    </message>
    <message>
        <source>Add Segments</source>
        <translation>セグメントの追加</translation>
    </message>
    <message>
        <source>Search by name, ID or description</source>
        <translation>名前、ID、説明で検索</translation>
    </message>
    <message>
        <source>Shows only the segment definitions whose name, ID or description contains this text.</source>
        <translation>名前、ID、説明にこの文字列を含むセグメント定義だけを表示します。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the selected segments to the export job.</source>
        <translation>選択したセグメントを書き出しジョブに追加します。</translation>
    </message>
    <message>
        <source>Closes the list without adding anything.</source>
        <translation>何も追加せずに一覧を閉じます。</translation>
    </message>
    <message>
        <source>Select one or more segments; Ctrl and Shift extend the selection.</source>
        <translation>セグメントを 1 つ以上選択してください。Ctrl と Shift で選択範囲を広げられます。</translation>
    </message>
</context>
<context>
    <name>SegmentsEditor</name>
    <message>
        <source>Not one of this sandbox&apos;s segment definitions: an audience ID or a segment of another source.</source>
        <translation>このサンドボックスのセグメント定義ではありません。オーディエンス ID か、ほかのソースのセグメントです。</translation>
    </message>
    <message>
        <source>This sandbox has no segment definitions.</source>
        <translation>このサンドボックスにはセグメント定義がありません。</translation>
    </message>
    <message>
        <source>Segment ID</source>
        <translation>セグメント ID</translation>
    </message>
    <message>
        <source>The ID of the segment whose members are exported.</source>
        <translation>メンバーを書き出すセグメントの ID です。</translation>
    </message>
    <message>
        <source>Segment %1: ID</source>
        <translation>セグメント %1: ID</translation>
    </message>
    <message>
        <source>The segment&apos;s namespace; leave it empty for the platform&apos;s default, ups.</source>
        <translation>セグメントの名前空間です。空にするとプラットフォームのデフォルト（ups）になります。</translation>
    </message>
    <message>
        <source>Segment %1: namespace</source>
        <translation>セグメント %1: 名前空間</translation>
    </message>
    <message>
        <source>Exports the profiles whose membership has this status.</source>
        <translation>メンバーシップがこのステータスのプロファイルを書き出します。</translation>
    </message>
    <message>
        <source>Not sent until you change it: the platform then exports realized and existing members.</source>
        <translation>変更するまで送信されません。その場合、プラットフォームは realized と existing のメンバーを書き出します。</translation>
    </message>
    <message>
        <source>Realized: profiles that entered the segment.</source>
        <translation>Realized: セグメントに入ったプロファイルです。</translation>
    </message>
    <message>
        <source>Existing: profiles that stayed in the segment.</source>
        <translation>Existing: セグメントに留まっているプロファイルです。</translation>
    </message>
    <message>
        <source>Exited: profiles that left the segment.</source>
        <translation>Exited: セグメントから出たプロファイルです。</translation>
    </message>
    <message>
        <source>Segment %1: realized</source>
        <translation>セグメント %1: realized</translation>
    </message>
    <message>
        <source>Segment %1: existing</source>
        <translation>セグメント %1: existing</translation>
    </message>
    <message>
        <source>Segment %1: exited</source>
        <translation>セグメント %1: exited</translation>
    </message>
    <message>
        <source>A status the platform does not know; clear it to leave it out.</source>
        <translation>プラットフォームが認識しないステータスです。チェックを外すと送信しません。</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>remove a segment row</comment>
        <translation>削除</translation>
    </message>
    <message>
        <source>Takes this segment out of the export job.</source>
        <translation>このセグメントを書き出しジョブから外します。</translation>
    </message>
    <message>
        <source>Remove segment %1</source>
        <translation>セグメント %1 を削除</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>segment name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>Realized</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Existing</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Exited</translation>
    </message>
    <message>
        <source>Profiles that entered the segment.</source>
        <translation>セグメントに入ったプロファイルです。</translation>
    </message>
    <message>
        <source>Profiles that stayed in the segment.</source>
        <translation>セグメントに留まっているプロファイルです。</translation>
    </message>
    <message>
        <source>Profiles that left the segment.</source>
        <translation>セグメントから出たプロファイルです。</translation>
    </message>
    <message>
        <source>No segments: every profile is exported.</source>
        <translation>セグメントなし: すべてのプロファイルを書き出します。</translation>
    </message>
    <message>
        <source>Add &amp;Segments…</source>
        <translation>セグメントを追加(&amp;S)…</translation>
    </message>
    <message>
        <source>Chooses segments from this sandbox&apos;s segment definitions.</source>
        <translation>このサンドボックスのセグメント定義からセグメントを選びます。</translation>
    </message>
    <message>
        <source>Add by &amp;ID</source>
        <translation>ID で追加(&amp;I)</translation>
    </message>
    <message>
        <source>Adds a row where you type or paste a segment or audience ID.</source>
        <translation>セグメント ID またはオーディエンス ID を入力・貼り付けする行を追加します。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>The interface switches language as soon as you press OK.</source>
        <translation>OK を押すとすぐに表示言語が切り替わります。</translation>
    </message>
    <message>
        <source>&amp;Notify me when a job succeeds, fails or takes longer than usual</source>
        <translation>ジョブの成功、失敗、いつもより時間がかかっているときに通知する(&amp;N)</translation>
    </message>
    <message>
        <source>Connections:</source>
        <translation>接続:</translation>
    </message>
    <message>
        <source>&amp;Manage connections…</source>
        <translation>接続の管理(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>No access token has been entered for this connection.</source>
        <translation>この接続にはアクセストークンが入力されていません。</translation>
    </message>
</context>
<context>
    <name>SupportDetails</name>
    <message>
        <source>Export job ID:</source>
        <translation>書き出しジョブ ID:</translation>
    </message>
    <message>
        <source>Status:</source>
        <comment>support details</comment>
        <translation>ステータス:</translation>
    </message>
    <message>
        <source>Request ID:</source>
        <translation>リクエスト ID:</translation>
    </message>
    <message>
        <source>Compute export job ID:</source>
        <translation>コンピュート書き出しジョブ ID:</translation>
    </message>
    <message>
        <source>Compute push job ID:</source>
        <translation>コンピュートプッシュジョブ ID:</translation>
    </message>
    <message>
        <source>Organization ID:</source>
        <translation>組織 ID:</translation>
    </message>
    <message>
        <source>Sandbox:</source>
        <translation>サンドボックス:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>プラットフォーム:</translation>
    </message>
    <message>
        <source>Dataset ID:</source>
        <translation>データセット ID:</translation>
    </message>
    <message>
        <source>Batch IDs:</source>
        <translation>バッチ ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <comment>support details</comment>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>Processing started:</source>
        <comment>support details</comment>
        <translation>処理開始:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <comment>support details</comment>
        <translation>終了日時:</translation>
    </message>
    <message>
        <source>Last update:</source>
        <comment>support details</comment>
        <translation>最終更新:</translation>
    </message>
    <message>
        <source>Errors:</source>
        <comment>support details</comment>
        <translation>エラー:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>報告元:</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token service&apos;s answer is not JSON (%1 at byte %2).</source>
        <translation>トークンサービスの応答が JSON ではありません (%2 バイト目: %1)。</translation>
    </message>
    <message>
        <source>The token service&apos;s answer is not a JSON object.</source>
        <translation>トークンサービスの応答が JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The token service refused the request: %1</source>
        <translation>トークンサービスがリクエストを拒否しました: %1</translation>
    </message>
    <message>
        <source>The token service refused the request: %1 (%2)</source>
        <translation>トークンサービスがリクエストを拒否しました: %1 (%2)</translation>
    </message>
    <message>
        <source>The token service&apos;s answer has no access_token.</source>
        <translation>トークンサービスの応答に access_token がありません。</translation>
    </message>
    <message>
        <source>The access token in the token service&apos;s answer contains characters that cannot be sent in a header.</source>
        <translation>トークンサービスが返したアクセストークンに、ヘッダーで送信できない文字が含まれています。</translation>
    </message>
    <message>
        <source>The token service issued a &quot;%1&quot; token; only bearer tokens can be used.</source>
        <translation>トークンサービスが「%1」トークンを発行しました。使用できるのは bearer トークンだけです。</translation>
    </message>
</context>
</TS>
