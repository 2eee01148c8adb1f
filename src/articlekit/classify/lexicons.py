"""Vocabularies as data: one tuple per boilerplate kind and language, plus the small word lists the
stages use. Phrases are lowercase; a phrase matches on word boundaries anywhere in a short block
(`CHROME_PHRASES`) or only as the whole block (`CHROME_LINES`). Adding a language is adding entries here.

A single word that ordinary prose also uses ("teilen", "anmelden", "reacties", "シェア") goes in
`CHROME_LINES`, never in `CHROME_PHRASES`: a five-word headline is a short block too. Phrases that
carry an apostrophe are listed with both the straight and the typographic one ("s'identifier",
"s’identifier"), since the stages compare the text as it stands.
"""

from __future__ import annotations

from collections.abc import Mapping

from articlekit.model import Kind

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "pt", "nl", "ja")

# Languages written without spaces between words. Their entries hold no word boundaries to lean on:
# the stages must use character-based checks for them (phrases as plain substrings, lengths in
# characters, function morphemes counted as substrings from `UNSPACED_STOPWORDS`), never `\w+`
# tokens or `\b`, which see a whole run of kana and kanji as one "word".
UNSPACED_LANGUAGES: frozenset[str] = frozenset({"ja"})

# Phrases that mark a short block as chrome of one kind wherever they stand in it.
CHROME_PHRASES: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.LOGIN: {
        "en": (
            "log in", "login", "log-in", "sign in", "sign-in", "register", "forgot password",
            "forgot your password", "create an account", "create account", "my account", "log out", "logout",
            "sign out", "user registration", "sign in to comment", "log in to comment", "create a free account",
            "create your free account", "already have an account", "don't have an account",
            "don’t have an account", "not a member", "reset password", "reset your password", "remember me",
            "sign in with google", "sign in with apple", "continue with google", "continue with facebook",
            "continue with apple", "continue with email", "register for free", "member login", "subscriber login",
            "already a subscriber", "already subscribed",
        ),
        "de": (
            "einloggen", "ausloggen", "passwort vergessen", "kennwort vergessen", "konto erstellen", "konto anlegen",
            "benutzerkonto", "kundenkonto", "mein konto", "mein profil", "jetzt registrieren",
            "kostenlos registrieren", "registrieren sie sich", "melden sie sich an", "hier anmelden", "zum login",
            "zur anmeldung", "noch kein konto", "noch keinen account", "noch nicht registriert", "bereits registriert",
            "angemeldet bleiben", "eingeloggt bleiben", "mit google anmelden", "mit apple anmelden", "benutzername",
            "anmelden oder registrieren", "anmelden / registrieren", "anmelden | registrieren",
            "bereits ein abo", "bereits abonnent", "bereits abonniert",
        ),
        "fr": (
            "se connecter", "connectez-vous", "s'identifier", "s’identifier", "identifiez-vous", "se déconnecter",
            "mot de passe oublié", "créer un compte", "créer mon compte", "créez votre compte", "créez un compte",
            "mon compte", "mon espace", "déjà inscrit", "déjà un compte", "pas encore de compte", "pas encore inscrit",
            "inscrivez-vous gratuitement", "se connecter avec", "rester connecté", "connexion / inscription",
            "connexion | inscription", "déjà abonné",
        ),
        "es": (
            "iniciar sesión", "inicia sesión", "cerrar sesión", "regístrate", "identifícate", "crear cuenta",
            "crear una cuenta", "crea tu cuenta", "mi cuenta", "olvidaste tu contraseña", "olvidado tu contraseña",
            "olvidé mi contraseña", "ya tienes cuenta", "ya tienes una cuenta", "no tienes cuenta",
            "no tienes una cuenta", "iniciar sesión con", "regístrate gratis", "mantener sesión iniciada",
            "ya soy suscriptor", "ya eres suscriptor",
        ),
        "it": (
            "accedi al tuo account", "accedi o registrati", "password dimenticata", "hai dimenticato la password",
            "crea un account", "crea account", "il mio account", "il mio profilo", "non hai un account",
            "hai già un account", "sei già registrato", "registrati gratuitamente", "registrati gratis",
            "resta connesso", "ricordami", "nome utente", "area riservata", "effettua il login", "esci dall'account",
            "esci dall’account", "sei già abbonato", "già abbonato",
        ),
        "pt": (
            "fazer login", "faça login", "faça o login", "iniciar sessão", "terminar sessão", "cadastre-se",
            "registe-se", "registre-se", "criar conta", "criar uma conta", "crie sua conta", "crie a sua conta",
            "minha conta", "esqueceu sua senha", "esqueceu a senha", "esqueceu a sua senha", "esqueci minha senha",
            "esqueceu-se da palavra-passe", "recuperar palavra-passe", "já tem conta", "já tem uma conta",
            "não tem conta", "não tem uma conta", "entrar com google", "lembrar-me", "mantenha-me conectado",
            "já é assinante", "já sou assinante",
        ),
        "nl": (
            "log hier in", "uitloggen", "account aanmaken", "maak een account", "maak een gratis account",
            "mijn account", "wachtwoord vergeten", "nog geen account", "heb je al een account",
            "heeft u al een account", "ingelogd blijven", "gratis registreren", "registreer nu",
            "inloggen of registreren", "inloggen met google", "al abonnee",
        ),
        "ja": (
            "ログインはこちら", "ログインしてください", "ログインが必要", "ログイン・会員登録", "会員登録・ログイン",
            "ログイン／会員登録",
            "ログアウト", "新規会員登録", "無料会員登録", "会員登録はこちら", "会員登録（無料）",
            "パスワードを忘れた", "パスワードをお忘れ", "マイページ", "ログインid", "の方はログイン",
            "会員の方はこちら",
        ),
    },
    Kind.NEWSLETTER: {
        "en": (
            "newsletter", "subscribe to our", "sign up", "sign up for our", "get our", "delivered to your inbox",
            "in your inbox", "email address", "enter your email", "daily digest", "email alerts", "news alerts",
            "newsletters", "to your inbox", "straight to your inbox", "unsubscribe at any time",
            "you can unsubscribe", "by signing up", "thanks for signing up", "thank you for signing up",
            "sign me up", "please enter a valid email", "invalid email",
        ),
        "de": (
            "newsletter", "newsletter abonnieren", "ihre e-mail-adresse", "e-mail-adresse", "e-mail adresse",
            "in ihr postfach", "ins postfach", "in ihren posteingang", "abbestellen", "abmeldung jederzeit möglich",
            "zum newsletter", "zur newsletter-anmeldung", "newsletter bestellen",
        ),
        "fr": (
            "newsletter", "newsletters", "lettre d'information", "lettre d’information", "lettre d'info",
            "lettre d’info", "infolettre", "votre adresse e-mail", "votre adresse email", "votre adresse mail",
            "votre e-mail", "adresse e-mail", "adresse email", "dans votre boîte mail", "boîte de réception",
            "vous désinscrire", "se désinscrire", "désabonner à tout moment", "je m'inscris", "je m’inscris",
        ),
        "es": (
            "newsletter", "newsletters", "nuestro boletín", "nuestros boletines", "boletín de noticias",
            "boletines de noticias", "tu correo electrónico", "tu email", "tu e-mail", "introduce tu email",
            "introduce tu correo", "en tu bandeja de entrada", "en tu correo", "darte de baja",
        ),
        "it": (
            "newsletter", "iscriviti alla newsletter", "la tua email", "la tua e-mail", "il tuo indirizzo email",
            "indirizzo email", "indirizzo e-mail", "nella tua casella", "casella di posta", "disiscriverti",
            "cancellarti in qualsiasi momento",
        ),
        "pt": (
            "newsletter", "newsletters", "seu e-mail", "seu email", "digite seu e-mail", "endereço de e-mail",
            "endereço de email", "na sua caixa de entrada", "caixa de entrada", "cancelar a inscrição",
            "inscreva-se", "receba no seu e-mail", "receba por e-mail",
        ),
        "nl": (
            "nieuwsbrief", "nieuwsbrieven", "je e-mailadres", "uw e-mailadres", "e-mailadres", "in je mailbox",
            "in uw mailbox", "in je inbox", "meld je aan", "schrijf je in", "afmelden kan altijd", "uitschrijven",
        ),
        "ja": (
            "メールマガジン", "メルマガ", "ニュースレター", "メールアドレスを入力", "メールアドレスを登録",
            "配信登録", "配信停止", "メール配信",
        ),
    },
    Kind.AD: {
        "en": (
            "advertisement", "advertising", "sponsored", "promoted", "paid content", "partner content",
            "ad feedback", "learn more", "shop now", "buy now", "no annual fee", "open an account",
            "sponsored content", "advertisement feature", "ad choices", "adchoices", "advertorial", "paid post",
            "paid partnership", "ad blocker", "adblocker", "adblock", "report this ad", "why am i seeing this ad",
            "taboola", "outbrain",
        ),
        "de": (
            "gesponserter inhalt", "gesponsert", "advertorial", "adblocker", "ad-blocker", "werbeblocker",
            "weiter nach der anzeige", "nach der anzeige weiterlesen", "bezahlte partnerschaft",
        ),
        "fr": (
            "contenu sponsorisé", "sponsorisé", "contenu partenaire", "contenu de marque", "publi-rédactionnel",
            "publireportage", "bloqueur de publicité", "bloqueur de pub", "adblock", "après la publicité",
            "après cette publicité",
        ),
        "es": (
            "contenido patrocinado", "patrocinado", "contenido de marca", "publirreportaje", "espacio patrocinado",
            "bloqueador de anuncios", "después de la publicidad", "adblock",
        ),
        "it": (
            "contenuto sponsorizzato", "sponsorizzato", "contenuto pubblicitario", "informazione pubblicitaria",
            "messaggio promozionale", "dopo la pubblicità", "adblock", "blocco degli annunci",
        ),
        "pt": (
            "conteúdo patrocinado", "patrocinado", "conteúdo de marca", "informe publicitário",
            "bloqueador de anúncios", "após a publicidade", "depois da publicidade", "adblock",
        ),
        "nl": (
            "gesponsorde inhoud", "gesponsord", "advertorial", "partnercontent", "adblocker",
            "na de advertentie",
        ),
        "ja": (
            "スポンサーリンク", "広告の後にも続きます", "広告の後に続きます", "記事の続きは広告の後", "【pr】",
            "[pr]", "［pr］", "(pr)", "（pr）", "pr記事", "広告ブロック", "アドブロック", "広告掲載",
        ),
    },
    Kind.SHARE: {
        "en": (
            "share this", "share on", "share via", "tweet", "pinterest", "whatsapp", "linkedin", "email this",
            "print this", "copy link", "share article", "facebook", "twitter", "reddit", "share this article",
            "share on facebook", "share on x", "copy url", "share story", "share this story", "share page",
            "share full article", "gift this article", "gift article", "link copied", "copied to clipboard",
            "print article", "email article", "flipboard", "save for later", "read later",
        ),
        "de": (
            "artikel teilen", "beitrag teilen", "seite teilen", "jetzt teilen", "per e-mail teilen",
            "per e-mail versenden", "per mail teilen", "link kopieren", "link kopiert", "artikel versenden",
            "artikel drucken", "seite drucken", "artikel verschenken", "xing", "merkliste",
        ),
        "fr": (
            "partager l'article", "partager l’article", "partager cet article", "partager par e-mail",
            "partager par email", "envoyer par e-mail", "envoyer par email", "envoyer à un ami", "copier le lien",
            "lien copié", "imprimer l'article", "imprimer l’article", "offrir l'article", "offrir l’article",
            "offrir cet article", "ajouter à vos sélections", "ajouter à mes sélections", "lire plus tard",
        ),
        "es": (
            "compartir artículo", "compartir noticia", "compartir esta noticia", "compartir este artículo",
            "compartir por correo", "enviar por correo", "enviar por email", "copiar enlace", "enlace copiado",
            "comparte esta noticia",
        ),
        "it": (
            "condividi", "condividi su", "condividi l'articolo", "condividi l’articolo", "condividi questo articolo",
            "invia per email", "invia tramite email", "copia link", "copia il link", "link copiato",
        ),
        "pt": (
            "compartilhe", "partilhe", "compartilhar esta notícia", "partilhar este artigo", "copiar link",
            "copiar o link", "link copiado", "enviar por e-mail", "enviar por email",
        ),
        "nl": (
            "deel dit artikel", "deel dit", "deel op", "delen via", "artikel delen", "kopieer link", "link kopiëren",
            "link gekopieerd", "mail dit artikel", "e-mail dit artikel",
        ),
        "ja": (
            "この記事をシェア", "記事をシェア", "facebookでシェア", "xでシェア", "xでポスト", "lineで送る",
            "lineでシェア", "はてなブックマーク", "はてブ", "リンクをコピー", "urlをコピー", "この記事を共有",
            "記事を共有",
        ),
    },
    Kind.COMMENTS: {
        "en": (
            "comments", "comment", "leave a reply", "leave a comment", "post a comment", "add a comment",
            "join the discussion", "join the conversation", "reply", "replies", "responses to", "says:",
            "thoughts on", "replies to",
            "report abuse", "be the first to comment", "comments are closed", "commenting is closed",
            "view comments", "show comments", "load comments", "hide comments", "comment policy",
            "community guidelines", "email address will not be published", "required fields are marked",
            "cancel reply", "post comment",
        ),
        "de": (
            "kommentar schreiben", "kommentar verfassen", "kommentar abgeben", "jetzt kommentieren",
            "artikel kommentieren", "kommentare anzeigen", "kommentare lesen", "kommentarfunktion",
            "leserkommentare", "diskutieren sie mit", "kommentar melden", "beitrag melden", "netiquette",
            "schreibe einen kommentar", "kommentar abschicken", "antwort abbrechen",
            "e-mail-adresse wird nicht veröffentlicht",
        ),
        "fr": (
            "laisser un commentaire", "ajouter un commentaire", "écrire un commentaire",
            "réagissez", "voir les commentaires", "afficher les commentaires", "signaler un abus",
            "signaler ce commentaire", "voir les contributions", "e-mail ne sera pas publiée",
            "email ne sera pas publiée",
        ),
        "es": (
            "deja un comentario", "dejar un comentario", "añadir comentario", "escribe un comentario",
            "ver comentarios", "mostrar comentarios", "normas de participación", "denunciar comentario",
            "reportar abuso", "correo electrónico no será publicada",
        ),
        "it": (
            "lascia un commento", "scrivi un commento", "aggiungi un commento", "mostra commenti",
            "leggi i commenti", "vedi i commenti", "segnala abuso", "email non sarà pubblicato",
        ),
        "pt": (
            "deixe um comentário", "deixe seu comentário", "deixe o seu comentário",
            "ver comentários", "mostrar comentários", "adicionar comentário", "política de comentários",
            "postar um comentário", "email não será publicado", "e-mail não será publicado",
        ),
        "nl": (
            "plaats een reactie", "geef een reactie", "schrijf een reactie", "reactie plaatsen", "reageer",
            "toon reacties", "bekijk reacties", "misbruik melden", "e-mailadres wordt niet gepubliceerd",
        ),
        "ja": (
            "コメントを書く", "コメントを投稿", "コメント一覧", "コメント欄", "コメントを見る", "コメントを表示",
            "みんなのコメント",
        ),
    },
    Kind.RELATED: {
        "en": (
            "related", "read more", "more from", "you may also like", "you might also like", "recommended",
            "previous post", "next post",
            "trending", "most popular", "most read", "also read", "see also", "more stories", "next article",
            "previous article", "what's trending", "more on this", "popular stories", "top stories", "read next",
            "up next", "editor's picks", "editor’s picks", "editors' picks",
            "editors’ picks", "from around the web", "promoted stories", "more like this", "latest stories",
            "related coverage", "further reading", "more to explore", "what to read next",
        ),
        "de": (
            "lesen sie auch", "lesen sie mehr", "mehr zum thema", "das könnte sie auch interessieren",
            "das könnte sie interessieren", "das könnte dich auch interessieren", "auch interessant",
            "ebenfalls interessant", "auch lesenswert", "weitere artikel", "weitere nachrichten", "mehr artikel",
            "verwandte artikel", "ähnliche artikel", "empfohlene artikel", "meistgelesen", "meistgelesene artikel",
            "am meisten gelesen", "meist gelesen", "beliebte artikel", "empfehlungen der redaktion",
            "unsere empfehlungen", "nächster artikel", "vorheriger artikel", "passend dazu", "dazu passend",
        ),
        "fr": (
            "à lire aussi", "a lire aussi", "lire aussi", "à lire également", "lire également", "à voir aussi",
            "voir aussi", "sur le même sujet", "dans la même rubrique", "articles similaires", "articles liés",
            "articles recommandés", "les plus lus", "les plus partagés", "les plus commentés", "vous aimerez aussi",
            "vous aimerez peut-être", "vous pourriez aussi aimer", "à découvrir aussi", "lire la suite",
            "article suivant", "article précédent",
        ),
        "es": (
            "te puede interesar", "le puede interesar", "te podría interesar", "le podría interesar",
            "puede interesarte", "podría interesarte", "lee también", "lea también", "leer más",
            "noticias relacionadas", "artículos relacionados", "contenido relacionado", "más noticias",
            "más leídas", "lo más leído", "lo más visto", "últimas noticias",
            "artículo siguiente", "artículo anterior",
        ),
        "it": (
            "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
            "notizie correlate", "più letti", "più lette", "più visti", "leggi tutto", "altre notizie",
            "ultime notizie", "consigliati per te", "vedi anche", "guarda anche",
            "potrebbe piacerti", "ti potrebbe piacere", "articolo successivo",
            "articolo precedente", "galleria successiva", "galleria precedente",
        ),
        "pt": (
            "leia também", "leia mais", "veja também", "saiba mais", "você pode gostar", "você também pode gostar",
            "também pode interessar", "pode interessar-lhe",
            "pode te interessar", "notícias relacionadas", "matérias relacionadas", "artigos relacionados",
            "mais lidas", "mais lidos", "mais notícias", "últimas notícias", "recomendados para você",
            "próximo artigo", "artigo anterior",
        ),
        "nl": (
            "lees ook", "lees meer", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen",
            "meest bekeken", "ook interessant", "misschien ook interessant", "aanbevolen voor jou", "meer nieuws",
            "laatste nieuws", "bekijk ook", "volgend artikel", "vorig artikel",
        ),
        "ja": (
            "関連記事", "関連ニュース", "関連リンク", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ",
            "おすすめ記事", "おすすめの記事", "あなたにおすすめ", "人気記事", "アクセスランキング",
            "よく読まれている記事", "こんな記事も読まれています", "注目記事", "次の記事", "前の記事",
            "最新記事", "新着記事",
        ),
    },
    Kind.COOKIE: {
        "en": (
            "cookie", "cookies", "consent", "accept all", "reject all", "manage preferences",
            "your privacy", "gdpr", "we use cookies", "this site uses cookies", "cookie settings", "cookie policy",
            "i accept", "accept cookies", "accept all cookies", "cookie preferences", "manage cookies",
            "manage consent", "consent preferences", "privacy settings", "necessary cookies", "strictly necessary",
            "legitimate interest", "you agree to our use", "by continuing to use this site", "we and our partners",
            "accept and close", "allow all", "right to object", "your preferences will apply",
            "store and/or access information", "precise geolocation", "device characteristics", "list of partners",
        ),
        "de": (
            "datenschutzhinweise", "datenschutzeinstellungen", "datenschutz-einstellungen",
            "privatsphäre-einstellungen", "wir und unsere partner", "ähnliche technologien",
            "ihre privatsphäre ist uns wichtig", "genaue standortdaten", "alle akzeptieren", "alles akzeptieren",
            "alle ablehnen",
            "akzeptieren und schließen", "akzeptieren und weiter", "zustimmen und weiter", "einstellungen verwalten",
            "einwilligung widerrufen", "dsgvo",
        ),
        "fr": (
            "tout accepter", "accepter et fermer", "accepter et continuer", "tout refuser",
            "continuer sans accepter", "gérer mes choix", "gérer les préférences", "votre consentement",
            "gérer le consentement", "j'accepte", "j’accepte", "rgpd", "nous et nos partenaires", "votre vie privée",
            "autres traceurs", "données de géolocalisation précises", "caractéristiques de l'appareil",
            "caractéristiques de l’appareil",
        ),
        "es": (
            "aceptar todas", "aceptar todo", "aceptar y cerrar", "aceptar y continuar", "rechazar todas",
            "rechazar todo", "tu consentimiento", "gestionar preferencias", "configuración de privacidad", "rgpd",
            "nosotros y nuestros socios", "tu privacidad", "localización geográfica precisa",
            "características del dispositivo", "sus preferencias se aplicarán", "requerir su consentimiento",
            "continúa navegando", "sigue navegando",
        ),
        "it": (
            "accetta tutti", "accetta tutto", "accetta e chiudi", "accetta e continua", "rifiuta tutti",
            "rifiuta tutto", "gestisci le preferenze", "gestisci preferenze", "il tuo consenso",
            "continua senza accettare", "preferenze privacy", "noi e i nostri partner", "la tua privacy",
            "dati di geolocalizzazione precisi", "caratteristiche del dispositivo", "proseguendo la navigazione",
        ),
        "pt": (
            "aceitar todos", "aceitar tudo", "aceitar e fechar", "aceitar e continuar", "rejeitar todos",
            "rejeitar tudo", "recusar todos", "gerenciar preferências", "gerir preferências", "rgpd", "lgpd",
            "nós e os nossos parceiros", "nós e nossos parceiros", "dados de geolocalização precisos",
            "características do dispositivo", "experiência de navegação", "ao continuar a navegar",
            "ao continuar navegando",
        ),
        "nl": (
            "alles accepteren", "accepteren en doorgaan", "accepteren en sluiten", "alles weigeren", "cookiebeleid",
            "cookieverklaring", "toestemming beheren", "uw toestemming", "voorkeuren beheren", "instellingen beheren",
            "wij en onze partners", "vergelijkbare technieken", "vergelijkbare technologieën",
            "gepersonaliseerde advertenties", "uw privacy", "jouw privacy", "precieze geolocatiegegevens",
        ),
        "ja": (
            "cookie", "クッキーを使用", "クッキーの使用", "クッキーポリシー", "クッキー設定", "クッキーの設定",
            "同意して閉じる", "すべて同意",
            "全て同意", "すべて許可", "すべて拒否",
        ),
    },
    Kind.PAYWALL: {
        "en": (
            "subscribe now", "subscribers only", "subscriber-only", "to continue reading",
            "continue reading", "unlock this article", "premium content", "free trial", "start your subscription",
            "this article is for subscribers", "register to read", "subscribe to continue", "subscribe to read",
            "for subscribers", "exclusive to subscribers", "subscriber exclusive", "become a subscriber",
            "free articles", "article limit", "get unlimited access", "unlimited access",
            "digital subscription", "support our journalism", "support independent journalism", "cancel anytime",
            "sign in to read",
        ),
        "de": (
            "jetzt abonnieren", "weiterlesen mit", "exklusiv für abonnenten", "nur für abonnenten",
            "für abonnenten", "abo abschließen", "jetzt abo abschließen", "jederzeit kündbar", "€ testen",
            "jetzt gratis testen", "jetzt kostenlos testen", "probeabo", "testabo", "digital-abo", "digitalabo",
            "plus-artikel",
            "jetzt freischalten", "artikel freischalten", "zugang zu allen artikeln", "werbefrei lesen",
        ),
        "fr": (
            "réservé aux abonnés", "réservée aux abonnés", "réservés aux abonnés", "abonnez-vous", "je m'abonne",
            "je m’abonne",
            "offre d'abonnement", "offre d’abonnement", "pour lire la suite", "la suite est réservée",
            "de cet article à lire", "contenu réservé", "accès illimité", "essai gratuit", "premier mois offert",
        ),
        "es": (
            "contenido exclusivo para suscriptores", "exclusivo para suscriptores", "solo para suscriptores",
            "suscríbete ahora", "hazte suscriptor", "accede a todo el contenido", "acceso ilimitado", "prueba gratis",
            "sigue leyendo", "seguir leyendo", "continuar leyendo", "has alcanzado el límite", "artículos gratuitos",
        ),
        "it": (
            "riservato agli abbonati", "solo per gli abbonati", "solo per abbonati", "abbonati ora",
            "per continuare a leggere", "continua a leggere", "prova gratis",
            "accesso illimitato", "hai raggiunto il limite", "articoli gratuiti", "articolo riservato",
        ),
        "pt": (
            "exclusivo para assinantes", "só para assinantes", "apenas para assinantes", "assine já", "assine agora",
            "seja assinante", "torne-se assinante", "continue lendo",
            "continuar lendo", "continuar a ler", "acesso ilimitado", "experimente grátis", "assinatura digital",
        ),
        "nl": (
            "alleen voor abonnees", "exclusief voor abonnees", "voor abonnees", "abonneer nu", "neem een abonnement",
            "word abonnee", "abonnee worden", "lees verder met", "gratis proberen", "probeer gratis",
            "onbeperkt toegang", "onbeperkt lezen", "dit artikel is exclusief",
        ),
        "ja": (
            "有料会員限定", "会員限定", "有料記事", "続きは有料会員", "続きを読むには", "続きをお読み", "有料プラン",
            "初月無料", "今すぐ購読", "購読のお申し込み", "購読申し込み",
        ),
    },
    Kind.FOOTER: {
        "en": (
            "terms of use", "terms of service", "terms and conditions", "privacy policy", "contact us",
            "about us", "advertise with us", "careers", "site map", "sitemap", "accessibility",
            "do not sell my", "all rights reserved", "privacy notice", "legal notice", "corrections policy",
            "ethics policy", "editorial standards", "our standards", "work with us",
        ),
        "de": (
            "impressum", "datenschutzerklärung", "nutzungsbedingungen", "agb", "allgemeine geschäftsbedingungen",
            "kontaktformular", "erklärung zur barrierefreiheit", "mediadaten", "über uns", "alle rechte vorbehalten",
            "häufige fragen", "leserservice", "kundenservice",
        ),
        "fr": (
            "mentions légales", "conditions générales", "conditions d'utilisation", "conditions d’utilisation",
            "cgu", "cgv", "politique de confidentialité", "nous contacter", "contactez-nous", "qui sommes-nous",
            "plan du site", "tous droits réservés", "nous rejoindre", "gestion des cookies",
        ),
        "es": (
            "aviso legal", "política de privacidad", "términos y condiciones", "términos de uso", "condiciones de uso",
            "contáctanos", "contacta con nosotros", "quiénes somos", "mapa del sitio", "mapa web",
            "todos los derechos reservados", "trabaja con nosotros", "preguntas frecuentes", "sobre nosotros",
        ),
        "it": (
            "note legali", "informativa privacy", "termini e condizioni", "termini di utilizzo", "condizioni d'uso",
            "condizioni d’uso", "condizioni di utilizzo", "contattaci", "chi siamo", "mappa del sito",
            "lavora con noi", "tutti i diritti riservati", "partita iva", "p.iva", "p. iva",
            "dichiarazione di accessibilità",
        ),
        "pt": (
            "termos de uso", "termos de utilização", "termos e condições", "política de privacidade", "fale conosco",
            "contacte-nos", "quem somos", "sobre nós", "mapa do site", "trabalhe conosco",
            "todos os direitos reservados", "estatuto editorial", "anuncie", "perguntas frequentes", "cnpj",
        ),
        "nl": (
            "colofon", "privacyverklaring", "privacybeleid", "gebruiksvoorwaarden", "algemene voorwaarden",
            "neem contact op", "over ons", "alle rechten voorbehouden", "adverteren bij", "klantenservice",
            "veelgestelde vragen", "kvk-nummer",
        ),
        "ja": (
            "利用規約", "プライバシーポリシー", "個人情報保護方針", "サイトマップ", "お問い合わせ", "お問合せ",
            "会社概要", "運営会社", "著作権について", "リンクについて", "免責事項", "採用情報", "サイトポリシー",
            "ソーシャルメディアポリシー", "よくある質問", "無断転載", "個人情報の取り扱い",
        ),
    },
    Kind.NAVIGATION: {
        "en": (
            "skip to content", "skip to main content", "main menu", "back to top", "toggle navigation",
            "close menu", "open menu", "skip to navigation", "search this site", "you are here", "older post",
            "newer post", "older posts", "newer posts", "tags:", "filed under", "posted in", "categories:",
        ),
        "de": (
            "zur startseite", "startseite", "zum inhalt springen", "zum hauptinhalt", "direkt zum inhalt",
            "navigation öffnen", "navigation schließen", "menü öffnen", "menü schließen", "zurück nach oben",
            "hauptmenü", "hauptnavigation", "suche öffnen", "suchbegriff eingeben", "sie sind hier",
        ),
        "fr": (
            "aller au contenu", "passer au contenu", "retour à l'accueil", "retour à l’accueil", "page d'accueil",
            "page d’accueil", "retour en haut", "haut de page", "ouvrir le menu", "fermer le menu", "menu principal",
            "vous êtes ici",
        ),
        "es": (
            "ir al contenido", "saltar al contenido", "volver arriba", "ir arriba", "volver a la portada",
            "página de inicio", "menú principal", "abrir menú", "cerrar menú",
        ),
        "it": (
            "vai al contenuto", "salta al contenuto", "torna su", "torna all'inizio", "torna all’inizio",
            "torna alla home", "pagina iniziale", "menu principale", "apri menu", "chiudi menu", "torna in alto",
        ),
        "pt": (
            "ir para o conteúdo", "pular para o conteúdo", "saltar para o conteúdo", "voltar ao topo",
            "voltar para o topo", "página inicial", "menu principal", "abrir menu", "fechar menu",
            "postagem mais antiga", "postagem mais recente", "postagens mais antigas", "postagens mais recentes",
        ),
        "nl": (
            "naar de inhoud", "ga naar inhoud", "direct naar inhoud", "naar hoofdinhoud", "terug naar boven",
            "terug naar home", "hoofdmenu", "menu openen", "menu sluiten", "je bent hier", "u bent hier",
        ),
        "ja": (
            "トップページ", "ホームに戻る", "トップへ戻る", "トップに戻る", "ページの先頭へ", "ページトップへ",
            "メニューを開く", "メニューを閉じる", "本文へスキップ", "本文へ移動", "コンテンツへスキップ",
            "サイト内検索",
        ),
    },
}

# Whole-block matches: short lines that are chrome only when they stand alone ("Home", "Share").
# The single words that prose also uses live here: "Teilen" alone is a button, "teilen" in a headline is not.
CHROME_LINES: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.NAVIGATION: {
        "en": ("home", "menu", "search", "news", "next", "previous", "more", "close", "top", "back"),
        "de": (
            "startseite", "suche", "menü", "zurück", "weiter", "nach oben", "schließen", "mehr", "nachrichten",
            "übersicht", "themen", "ressorts", "navigation", "alle themen",
        ),
        "fr": (
            "accueil", "rechercher", "recherche", "fermer", "suivant", "précédent", "retour", "plus", "actualités",
            "rubriques", "haut de page",
        ),
        "es": (
            "inicio", "portada", "buscar", "búsqueda", "menú", "cerrar", "siguiente", "anterior", "volver", "más",
            "noticias", "secciones", "última hora",
        ),
        "it": (
            "home", "cerca", "ricerca", "chiudi", "successivo", "precedente", "indietro", "altro", "notizie",
            "sezioni", "menu",
        ),
        "pt": (
            "início", "buscar", "busca", "pesquisar", "pesquisa", "fechar", "próximo", "anterior", "voltar", "mais",
            "notícias", "seções", "secções", "menu",
        ),
        "nl": (
            "home", "zoeken", "zoek", "sluiten", "volgende", "vorige", "terug", "meer", "nieuws", "menu",
            "rubrieken", "naar boven",
        ),
        "ja": (
            "ホーム", "トップ", "メニュー", "検索", "閉じる", "次へ", "前へ", "戻る", "ニュース", "一覧",
            "トップへ戻る",
        ),
    },
    Kind.SHARE: {
        "en": ("share", "print", "email", "e-mail", "facebook", "twitter", "x", "mail", "tweet", "save"),
        "de": ("teilen", "drucken", "merken", "versenden", "e-mail", "teilen auf"),
        "fr": ("partager", "imprimer", "envoyer", "sauvegarder", "enregistrer", "e-mail", "partage"),
        "es": ("compartir", "imprimir", "guardar", "enviar", "correo", "comparte"),
        "it": ("condividi", "stampa", "salva", "invia", "e-mail"),
        "pt": ("compartilhar", "partilhar", "imprimir", "salvar", "guardar", "enviar", "e-mail"),
        "nl": ("delen", "deel", "printen", "afdrukken", "bewaren", "opslaan", "mailen", "e-mail"),
        "ja": ("シェア", "ツイート", "ポスト", "共有", "印刷", "ブックマーク", "保存", "いいね", "送る"),
    },
    Kind.RELATED: {
        "en": ("read more", "more", "related", "see more", "view more", "load more", "don't miss", "don’t miss"),
        "de": ("weiterlesen", "mehr lesen", "mehr dazu", "mehr anzeigen", "mehr laden", "verwandte themen"),
        "fr": ("lire plus", "voir plus", "en savoir plus", "afficher plus", "charger plus", "à la une"),
        "es": ("ver más", "cargar más", "mostrar más", "recomendados", "tendencias", "relacionados", "te recomendamos"),
        "it": (
            "leggi di più", "mostra di più", "carica altri", "vedi altro", "correlati", "in evidenza", "ti consigliamo",
            "da non perdere", "ultima ora",
        ),
        "pt": ("veja mais", "ver mais", "carregar mais", "mostrar mais", "destaques", "em alta", "relacionadas"),
        "nl": ("lees verder", "toon meer", "laad meer", "bekijk meer", "gerelateerd", "aanbevolen", "uitgelicht"),
        "ja": ("もっと見る", "続きを読む", "さらに表示", "関連", "ランキング", "ピックアップ", "おすすめ"),
    },
    Kind.COMMENTS: {
        "en": (
            "no comment", "no comments", "comments", "comment", "reply", "sort by: newest", "sort by: oldest",
            "sort by: best", "newest first", "oldest first",
        ),
        "de": ("kommentare", "kommentieren", "antworten", "diskussion", "melden"),
        "fr": ("commentaires", "commentaire", "commenter", "réagir", "répondre", "réactions", "signaler"),
        "es": ("comentarios", "comentar", "responder", "sin comentarios"),
        "it": ("commenti", "commenta", "rispondi", "segnala"),
        "pt": ("comentários", "comentar", "responder", "denunciar", "excluir"),
        "nl": ("reacties", "reageren", "reageer", "beantwoorden", "alle reacties"),
        "ja": ("コメント", "コメントする", "返信", "通報"),
    },
    Kind.LOGIN: {
        "en": ("sign in", "log in", "login", "register", "sign up", "account", "my account"),
        "de": ("anmelden", "einloggen", "registrieren", "abmelden", "ausloggen", "registrierung", "jetzt anmelden"),
        "fr": (
            "connexion", "se connecter", "s'identifier", "s’identifier", "inscription", "s'inscrire", "s’inscrire",
            "déconnexion", "identifiant",
        ),
        "es": ("entrar", "acceder", "registrarse", "registro", "ingresar", "ingresa", "acceso"),
        "it": ("accedi", "registrati", "esci", "accesso", "registrazione", "login"),
        "pt": ("entrar", "sair", "cadastrar", "cadastro", "acessar", "registar", "registrar"),
        "nl": ("inloggen", "registreren", "aanmelden", "afmelden", "uitloggen", "account"),
        "ja": ("ログイン", "会員登録", "新規登録", "登録"),
    },
    Kind.NEWSLETTER: {
        "en": ("newsletter", "newsletters"),
        "de": ("newsletter",),
        "fr": ("newsletter",),
        "es": ("boletín", "boletines"),
        "it": ("iscriviti",),
        "pt": ("boletim",),
        "nl": ("nieuwsbrief", "aanmelden nieuwsbrief"),
        "ja": ("メルマガ", "メールマガジン"),
    },
    Kind.AD: {
        "en": ("ad", "ads", "advert", "sponsored", "promoted", "advertisement"),
        "de": ("anzeige", "werbung", "sponsored", "promotion", "advertorial"),
        "fr": ("publicité", "pub", "sponsorisé"),
        "es": ("publicidad", "anuncio", "patrocinado"),
        "it": ("pubblicità", "annuncio", "sponsor", "sponsorizzato"),
        "pt": ("publicidade", "anúncio", "patrocinado"),
        "nl": ("advertentie", "reclame", "gesponsord"),
        "ja": ("広告", "pr", "【pr】", "スポンサーリンク", "sponsored", "プロモーション"),
    },
    Kind.COOKIE: {
        "en": ("accept", "i agree", "agree", "reject", "decline", "allow cookies"),
        "de": ("zustimmen", "akzeptieren", "ablehnen", "einverstanden", "ich stimme zu"),
        "fr": ("accepter", "refuser", "d'accord", "d’accord", "j'accepte", "j’accepte", "personnaliser"),
        "es": ("aceptar", "acepto", "rechazar", "configurar", "de acuerdo"),
        "it": ("accetta", "accetto", "rifiuta", "personalizza", "accetta e chiudi"),
        "pt": ("aceitar", "aceito", "rejeitar", "recusar", "concordo", "personalizar"),
        "nl": ("accepteren", "akkoord", "weigeren", "ik ga akkoord"),
        "ja": ("同意", "同意する", "同意します", "拒否する", "許可する", "cookie"),
    },
    Kind.PAYWALL: {
        "en": ("subscribe", "subscribe now", "subscribe today"),
        "de": ("abonnieren", "abo", "abonnement", "jetzt abonnieren"),
        "fr": ("s'abonner", "s’abonner", "abonnement", "abonnés"),
        "es": ("suscribirse", "suscríbete", "suscripción", "suscriptores"),
        "it": ("abbonati", "abbonamento", "abbonati ora"),
        "pt": ("assine", "assinar", "assinatura", "assinantes"),
        "nl": ("abonneren", "abonnement", "abonnee", "premium"),
        "ja": ("購読", "購読する", "有料会員", "有料会員限定", "会員限定"),
    },
    Kind.FOOTER: {
        "en": ("contact", "about", "imprint", "legal", "privacy", "terms", "faq", "help", "rss", "jobs", "advertise"),
        "de": (
            "kontakt", "datenschutz", "barrierefreiheit", "jobs", "karriere", "hilfe", "faq", "presse", "rss",
            "jugendschutz", "agb",
        ),
        "fr": ("contact", "accessibilité", "aide", "faq", "recrutement", "confidentialité", "plan du site"),
        "es": ("contacto", "privacidad", "accesibilidad", "ayuda", "cookies", "empleo"),
        "it": ("contatti", "privacy", "redazione", "accessibilità", "aiuto", "cookie policy"),
        "pt": (
            "contato", "contactos", "contacto", "expediente", "ficha técnica", "acessibilidade", "ajuda",
            "privacidade",
        ),
        "nl": ("contact", "disclaimer", "privacy", "vacatures", "toegankelijkheid", "adverteren", "klantenservice"),
        "ja": ("ヘルプ", "お問い合わせ", "問い合わせ", "プライバシー", "利用規約"),
    },
}

# Function words per language: body text is dense with them, chrome is not (jusText's insight). The
# measure stage counts `\w+` tokens against these, so entries are single tokens: French "l'homme" is
# counted as "l" and "homme", hence "l", "d", "qu". Lists are of like size, since the language guess picks
# the list with most hits. Japanese has no tokens to count: see `UNSPACED_STOPWORDS`.
STOPWORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        (
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from",
            "as", "is", "was", "are", "were", "be", "been", "has", "have", "had", "it", "its", "this", "that",
            "which", "who", "he", "she", "they", "we", "you", "his", "her", "their", "our", "not", "will",
            "would", "can", "could", "than", "then", "there", "about", "after", "into", "over", "also", "said",
            "when", "while", "if", "so", "more", "one", "all", "up", "out", "i", "my", "me", "them", "what",
        )
    ),
    "de": frozenset(
        (
            "der", "die", "das", "und", "in", "den", "von", "zu", "mit", "sich", "des", "auf", "für", "ist", "im",
            "dem", "nicht", "ein", "eine", "als", "auch", "es", "an", "er", "hat", "aus", "bei", "sie", "nach",
            "wird", "einer", "um", "am", "sind", "noch", "wie", "einem", "über", "einen", "so", "zum", "zur", "war",
            "haben", "nur", "oder", "aber", "vor", "bis", "mehr", "durch", "man", "wurde", "wurden", "sei", "ich",
            "wir", "kann", "dass", "werden", "seine", "ihre", "ihr", "wenn", "was", "sein", "schon", "hatte",
            "wieder", "diese", "dieser", "keine", "gegen", "unter", "sagte",
        )
    ),
    "fr": frozenset(
        (
            "le", "la", "les", "de", "des", "du", "un", "une", "et", "en", "à", "a", "au", "aux", "dans", "pour",
            "par", "sur", "avec", "que", "qui", "ne", "pas", "plus", "est", "sont", "été", "il", "elle", "ils",
            "elles", "on", "nous", "vous", "je", "ce", "cette", "ces", "se", "son", "sa", "ses", "leur", "leurs",
            "mais", "ou", "comme", "y", "où", "si", "tout", "très", "aussi", "avait", "ont", "fait", "être",
            "avoir", "sans", "entre", "après", "selon", "lors", "même", "dont", "était", "l", "d", "qu", "n", "s",
            "c", "j",
        )
    ),
    "es": frozenset(
        (
            "de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con", "no", "una",
            "su", "para", "es", "al", "lo", "como", "más", "o", "pero", "sus", "le", "ha", "me", "si", "sin",
            "sobre", "este", "ya", "entre", "cuando", "todo", "esta", "ser", "son", "dos", "también", "fue",
            "había", "era", "muy", "hasta", "desde", "está", "mi", "porque", "qué", "sólo", "solo", "han", "yo",
            "hay", "vez", "puede", "todos", "así", "nos", "ni", "tiene", "él", "uno", "donde", "bien", "mismo",
            "ese", "ante", "ellos", "e", "esto", "les", "durante", "contra", "según",
        )
    ),
    "it": frozenset(
        (
            "di", "e", "il", "la", "che", "a", "in", "un", "per", "è", "del", "non", "una", "i", "le", "si", "da",
            "con", "della", "al", "dei", "lo", "gli", "come", "più", "ma", "anche", "alla", "nel", "delle", "ha",
            "sono", "se", "o", "nella", "questo", "ci", "l", "suo", "sua", "dal", "degli", "era", "stato",
            "essere", "cui", "tra", "fra", "ad", "ed", "ne", "questa", "hanno", "alle", "nei", "sul", "sulla",
            "quando", "dopo", "già", "molto", "ancora", "tutti", "loro", "perché", "solo", "dell", "nell", "sull",
            "dall", "c", "stata", "ai", "agli",
        )
    ),
    "pt": frozenset(
        (
            "de", "a", "o", "que", "e", "do", "da", "em", "um", "para", "é", "com", "não", "uma", "os", "no", "se",
            "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua",
            "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "eu", "também", "só", "pelo", "pela",
            "até", "isso", "ela", "entre", "era", "depois", "sem", "mesmo", "aos", "ter", "seus", "quem", "nas",
            "esse", "eles", "estão", "você", "foram", "essa", "num", "nem", "suas", "às", "numa", "pelos", "elas",
            "havia", "seja", "qual", "será", "lhe", "dele", "este", "segundo",
        )
    ),
    "nl": frozenset(
        (
            "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is", "was",
            "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of", "wat", "mijn",
            "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je", "uit", "daar", "haar",
            "naar", "heb", "hoe", "heeft", "hebben", "deze", "want", "nog", "zal", "zij", "nu", "geen", "omdat",
            "iets", "worden", "toch", "al", "waren", "veel", "meer", "toen", "moet", "kan", "hun", "dus", "onder",
            "wie", "werd", "wordt", "we", "na", "volgens",
        )
    ),
}

# Function morphemes of the unspaced languages (`UNSPACED_LANGUAGES`): particles, copulas and the
# commonest inflectional endings. They cannot be looked up as `\w+` tokens (Japanese prose is one
# "token" per clause), so a stage counts them as substrings per character of text, or not at all.
UNSPACED_STOPWORDS: Mapping[str, frozenset[str]] = {
    "ja": frozenset(
        (
            "の", "は", "が", "を", "に", "で", "と", "た", "て", "も", "へ", "や", "か", "な", "だ", "し", "から",
            "まで", "より", "など", "です", "ます", "でした", "ました", "ません", "ない", "した", "して", "する",
            "される", "された", "され", "いる", "いた", "ている", "ていた", "ており", "おり", "ある", "あった",
            "なる", "なった", "こと", "もの", "ため", "よう", "これ", "それ", "この", "その", "また", "ので",
            "という", "として", "について", "による", "により", "によると", "において", "における", "である",
            "だった", "れる", "られる", "できる", "とともに", "ほか",
        )
    ),
}

# Words that open a byline, before the names: "By Jane Doe", "Von Hans Meier". All languages' entries are
# tried on every page, so each must be a byline opener wherever it is read. Japanese openers ("文・",
# "写真・", "取材・文・") are not here: the names after them are not capitalised words, and
# recognize/bylines.py reads them with a pattern of its own.
BYLINE_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": (
        "by", "written by", "words by", "story by", "reporting by", "posted by", "author:", "authors:",
        "text by", "interview by", "text:",
    ),
    "de": (
        "von", "text:", "text von", "ein beitrag von", "autor:", "autorin:", "autoren:", "verfasst von",
        "ein kommentar von", "ein gastbeitrag von", "gepostet von", "veröffentlicht von",
        "eine analyse von", "ein essay von", "aufgezeichnet von",
    ),
    "fr": (
        "par", "texte :", "texte:", "auteur :", "auteur:", "auteurs :", "auteurs:", "propos recueillis par",
        "écrit par", "rédigé par", "publié par", "une chronique de",
    ),
    "es": ("por", "texto:", "escrito por", "publicado por", "autor:", "autora:", "autores:", "texto de"),
    "it": (
        "di", "a cura di", "testo di", "testo:", "scritto da", "pubblicato da", "postato da", "autore:", "autrice:",
        "autori:",
    ),
    "pt": (
        "por", "texto:", "texto de", "escrito por", "publicado por", "postado por", "autor:", "autora:", "autores:",
        "reportagem de",
    ),
    "nl": ("door", "tekst:", "geschreven door", "geplaatst door", "auteur:", "auteurs:", "tekst en beeld:"),
    "ja": (),
}

# Words that close a byline after the name, in languages that write it so: "山田太郎記者", "鈴木花子特派員".
# "（共同）" and "（時事）" usually close a wire story's last line rather than follow a name; a name is only
# taken when two to eight kana or kanji stand before the suffix, so "…と述べた。（共同）" gives none.
BYLINE_SUFFIXES: Mapping[str, tuple[str, ...]] = {
    "en": (),
    "de": (),
    "fr": (),
    "es": (),
    "it": (),
    "pt": (),
    "nl": (),
    "ja": ("編集委員", "論説委員", "解説委員", "特派員", "支局長", "記者", "（共同）", "（時事）"),
}

# Joins between author names: "Jane Doe and John Roe", "Jane Doe & John Roe". Words that are not all
# letters ("&", "、") are split on as they stand; the others only between spaces.
AUTHOR_CONJUNCTIONS: Mapping[str, tuple[str, ...]] = {
    "en": ("and", "&", "with"),
    "de": ("und", "&", "mit", "sowie"),
    "fr": ("et", "&", "avec"),
    "es": ("y", "e", "&", "con"),
    "it": ("e", "ed", "&", "con"),
    "pt": ("e", "&", "com"),
    "nl": ("en", "&", "met"),
    "ja": ("、", "と"),
}

# Marks of a copyright line, besides the © sign. They match anywhere in a block, without word boundaries,
# so each must say "copyright notice" on its own.
COPYRIGHT_PHRASES: Mapping[str, tuple[str, ...]] = {
    "en": ("copyright", "all rights reserved", "(c)", "no reproduction"),
    "de": ("copyright", "alle rechte vorbehalten"),
    "fr": (
        "copyright", "tous droits réservés", "droits réservés", "droits de reproduction réservés",
        "reproduction interdite",
    ),
    "es": (
        "copyright", "todos los derechos reservados", "derechos reservados", "prohibida su reproducción",
        "prohibida la reproducción",
    ),
    "it": ("copyright", "tutti i diritti riservati", "diritti riservati", "riproduzione riservata"),
    "pt": ("copyright", "todos os direitos reservados", "direitos reservados", "proibida a reprodução"),
    "nl": ("copyright", "alle rechten voorbehouden", "auteursrechtelijk beschermd"),
    "ja": ("無断転載", "無断転用", "無断複製", "転載を禁じ", "転載することを禁じ", "著作権は"),
}

# Phrases that open a caption credit, or credits standing alone. French sets a space (often a no-break
# one) before the colon: "Photo : AFP". "Video:" is left out of the new languages on purpose: there it
# mostly opens a teaser headline ("Video: Polizei sucht Zeugen"), not a credit.
CREDIT_PREFIXES: Mapping[str, tuple[str, ...]] = {
    "en": (
        "photo:", "photos:", "photograph:", "image:", "picture:", "credit:", "photo credit:", "illustration:", "video:",
    ),
    "de": (
        "foto:", "fotos:", "bild:", "bilder:", "bildquelle:", "bildnachweis:", "quelle:", "grafik:", "illustration:",
    ),
    "fr": (
        "photo :", "photo\u00a0:", "photo:", "photos :", "photos\u00a0:", "crédit :", "crédit\u00a0:", "crédits :",
        "crédits\u00a0:", "crédit photo :", "crédit photo\u00a0:", "illustration :", "image :",
    ),
    "es": ("foto:", "fotos:", "imagen:", "fotografía:", "crédito:", "créditos:", "ilustración:"),
    "it": ("foto:", "fotografia:", "immagine:", "credito:", "crediti:", "illustrazione:"),
    "pt": ("foto:", "fotos:", "fotografia:", "imagem:", "crédito:", "créditos:", "ilustração:"),
    "nl": ("foto:", "foto's:", "beeld:", "afbeelding:", "fotografie:", "illustratie:"),
    "ja": (
        "写真:", "写真：", "写真＝", "写真=", "写真提供:", "写真提供：", "画像:", "画像：", "撮影:", "撮影：", "撮影＝",
        "提供:", "提供：", "出典:", "出典：",
    ),
}

# News agencies, as they appear in datelines and credits ("PARIS (AFP) -", "(AP Photo/...)"). Case is kept:
# these match as written.
AGENCIES: tuple[str, ...] = (
    "AP", "Reuters", "AFP", "dpa", "EFE", "ANSA", "Kyodo", "Bloomberg", "UPI", "Xinhua", "AAP", "PA", "CNN",
    "KNA", "epd", "APA", "SDA", "Belga", "ANP", "Lusa", "Europa Press", "Jiji", "TASS", "Yonhap", "IANS", "PTI",
    # German
    "dpa-AFX", "Deutsche Presse-Agentur", "Keystone-SDA", "ddp",
    # French
    "Agence France-Presse", "Keystone-ATS",
    # Spanish
    "Agencia EFE", "Servimedia", "Colpisa", "Notimex", "Télam",
    # Italian
    "Adnkronos", "LaPresse", "Askanews", "Italpress",
    # Portuguese
    "Agência Lusa", "Agência Brasil", "Agência Estado", "Estadão Conteúdo", "Folhapress",
    # Dutch
    "Novum",
    # Japanese
    "Kyodo News", "Jiji Press", "共同", "共同通信", "時事", "時事通信", "AFP時事", "ロイター", "新華社",
)

# Phrases that start a block of chrome running to the next heading: "Related articles", "Comments". A block
# is such a start when the lexicons already called it chrome of that kind and its whole text is listed here.
SECTION_STARTERS: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.COMMENTS: {
        "en": (
            "comments", "leave a reply", "leave a comment", "join the discussion", "reader comments",
            "thoughts on", "responses to", "replies to", "comments on", "conversation",
        ),
        "de": ("kommentare", "leserkommentare", "diskutieren sie mit", "kommentar schreiben", "kommentare anzeigen"),
        "fr": ("commentaires", "laisser un commentaire", "ajouter un commentaire", "voir les commentaires"),
        "es": ("comentarios", "deja un comentario", "ver comentarios", "mostrar comentarios"),
        "it": ("commenti", "lascia un commento", "scrivi un commento", "leggi i commenti"),
        "pt": ("comentários", "deixe um comentário", "deixe seu comentário", "ver comentários"),
        "nl": ("reacties", "plaats een reactie", "toon reacties", "alle reacties"),
        "ja": ("コメント", "コメント一覧", "みんなのコメント", "コメント欄"),
    },
    Kind.RELATED: {
        "en": (
            "related", "related articles", "related stories", "related posts", "read more", "more from",
            "you may also like", "you might also like", "recommended", "trending", "most popular", "most read",
            "more stories", "popular", "latest news", "more news", "read next", "up next", "editor's picks",
            "editor’s picks", "from around the web", "promoted stories", "more like this",
        ),
        "de": (
            "lesen sie auch", "mehr zum thema", "das könnte sie auch interessieren", "das könnte sie interessieren",
            "auch interessant", "weitere artikel", "weitere nachrichten", "verwandte artikel", "ähnliche artikel",
            "meistgelesen", "meistgelesene artikel", "empfehlungen der redaktion", "mehr artikel",
        ),
        "fr": (
            "à lire aussi", "a lire aussi", "lire aussi", "sur le même sujet", "dans la même rubrique",
            "articles similaires", "articles liés", "les plus lus", "vous aimerez aussi", "à voir aussi",
        ),
        "es": (
            "te puede interesar", "también te puede interesar", "noticias relacionadas", "artículos relacionados",
            "lo más leído", "más leídas", "las más leídas", "más noticias", "te recomendamos", "lee también",
        ),
        "it": (
            "leggi anche", "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati",
            "notizie correlate", "più letti", "i più letti", "più lette", "le più lette", "altre notizie",
        ),
        "pt": (
            "leia também", "veja também", "notícias relacionadas", "matérias relacionadas", "artigos relacionados",
            "mais lidas", "as mais lidas", "mais lidos", "os mais lidos", "você pode gostar", "mais notícias",
        ),
        "nl": (
            "lees ook", "meer over dit onderwerp", "gerelateerde artikelen", "meest gelezen", "meest bekeken",
            "ook interessant", "meer nieuws",
        ),
        "ja": (
            "関連記事", "関連ニュース", "あわせて読みたい", "合わせて読みたい", "こちらもおすすめ", "おすすめ記事",
            "人気記事", "アクセスランキング", "よく読まれている記事", "注目記事",
        ),
    },
}

# Job titles that follow a name in a byline ("Tom Ashby, Environment correspondent"): a short line
# holding one of these words is part of the byline, and never an author.
JOB_TITLE_WORDS: Mapping[str, tuple[str, ...]] = {
    "en": (
        "correspondent", "reporter", "writer", "editor", "columnist", "journalist", "critic", "contributor",
        "producer", "analyst", "photographer", "staff",
    ),
    "de": ("korrespondent", "korrespondentin", "redakteur", "redakteurin", "autor", "autorin", "reporter", "reporterin"),
    "fr": ("correspondant", "correspondante", "journaliste", "rédacteur", "rédactrice", "envoyé spécial", "envoyée spéciale"),
    "es": ("corresponsal", "periodista", "redactor", "redactora", "enviado especial", "enviada especial"),
    "it": ("corrispondente", "giornalista", "redattore", "redattrice", "inviato", "inviata"),
    "pt": ("correspondente", "jornalista", "repórter", "redator", "redatora", "enviado especial"),
    "nl": ("correspondent", "verslaggever", "redacteur", "journalist", "verslaggeefster"),
    "ja": ("記者", "特派員", "編集委員", "論説委員", "解説委員"),
}

# Words that open the heading of a box of links ("More poems of the week", "Mehr aus Berlin"): a short
# heading-like line that starts with one of these is chrome of that kind.
CHROME_LINE_STARTS: Mapping[Kind, Mapping[str, tuple[str, ...]]] = {
    Kind.RELATED: {
        "en": ("more", "other", "latest", "read also", "see also", "also on", "also in"),
        "de": ("mehr", "weitere", "weitere artikel", "auch interessant", "neueste"),
        "fr": ("plus de", "d'autres", "autres", "les dernières", "à lire"),
        "es": ("más", "otras", "otros", "lo último"),
        "it": ("altri", "altre", "le ultime", "gli ultimi"),
        "pt": ("mais", "outras", "outros", "últimas"),
        "nl": ("meer", "andere", "laatste"),
        "ja": ("その他の", "もっと見る", "最新の"),
    },
}
