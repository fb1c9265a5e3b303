"""Portuguese language data for the extractors (see ``lang/__init__.py`` for the names).

European and Brazilian news Portuguese: "disse"/"afirmou"/"declarou" attributions in both word
orders ('«…», disse o ministro X', 'X disse: "…"'), "segundo"/"de acordo com" sources,
"à agência Lusa" relays, "até ao final de agosto" deadlines, "há três dias", "cerca de"/"mais de"
qualifiers, "mil milhões" (European) and "bilhões" (Brazilian) for 10^9, "1.200" and "10,6".
Fields not set here are the generic module's.
"""
from .generic import *  # noqa: F401,F403  (every field; the ones below are Portuguese)

# "mar" (sea) and "dez" (ten) are no month abbreviations here
MONTHS = {
    "janeiro": 1, "jan": 1, "fevereiro": 2, "fev": 2, "março": 3, "abril": 4, "abr": 4, "maio": 5, "mai": 5,
    "junho": 6, "jun": 6, "julho": 7, "jul": 7, "agosto": 8, "ago": 8, "setembro": 9, "set": 9,
    "outubro": 10, "out": 10, "novembro": 11, "nov": 11, "dezembro": 12,
}
# "segunda", "terça", "quarta", "quinta" and "sexta" alone are as often ordinals ("pela segunda vez",
# "a quinta edição"): only the "-feira" forms are weekdays
WEEKDAYS = {
    "segunda-feira": 0, "terça-feira": 1, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
    "sexta-feira": 4, "sábado": 5, "sabado": 5, "domingo": 6,
}
NUMBER_WORDS = {
    "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
    "nove": 9, "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
    "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17, "dezoito": 18, "dezanove": 19,
    "dezenove": 19, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
    "setenta": 70, "oitenta": 80, "noventa": 90, "cem": 100, "duzentos": 200, "trezentos": 300,
    "quinhentos": 500, "mil": 1000, "dúzia": 12,
}
ONE_WORDS = {"um": 1, "uma": 1}
NUMBER_JOINERS = {"e"}
# "mil milhões" is 10^9 in Portugal, "bilhão" 10^9 in Brazil; the European "bilião" is 10^12
SCALES = {"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "milhoes": 1e6, "mil milhões": 1e9,
          "mil milhoes": 1e9, "bilhão": 1e9, "bilhões": 1e9, "bilião": 1e12, "biliões": 1e12,
          "trilhão": 1e12, "trilhões": 1e12}
VAGUE_QUANTITIES = {
    "várias centenas de": (200, 999), "centenas de": (200, 999), "vários milhares de": (2000, 9999),
    "milhares de": (2000, 9999), "dezenas de milhares de": (20000, 99999), "dezenas de": (20, 99),
    "centenas de milhares de": (200000, 999999),
}
QUALIFIERS = {
    "cerca de": "about", "perto de": "about", "aproximadamente": "about", "quase": "about",
    "por volta de": "about", "uns": "about", "umas": "about", "mais de": "more_than", "acima de": "more_than",
    "menos de": "less_than", "abaixo de": "less_than", "pelo menos": "at_least", "no mínimo": "at_least",
    "até": "at_most", "no máximo": "at_most",
}
PERCENT_WORDS = {"por cento", "%", "pontos percentuais"}
# "10,6 milhões de euros": the currency may follow a scale through "de"
CURRENCY_WORDS = {"euros": "€", "euro": "€", "de euros": "€", "dólares": "$", "de dólares": "$",
                  "reais": "R$", "de reais": "R$", "libras": "£", "de libras": "£"}
DECIMAL_SEP = ","
THOUSANDS_SEPS = (".", " ", "\xa0", "\u202f")
DEADLINE_CUES = (
    "o mais tardar até", "o mais tardar", "até ao final de", "até ao fim de", "até o final de", "até o fim de",
    "até ao dia", "até o dia", "até ao", "até à", "até o", "até a", "até", "antes do final de",
    "antes do fim de", "antes de", "antes do", "antes da", "no prazo até", "prazo até",
)
PERIOD_EDGES = {
    "final de": "end", "finais de": "end", "fim de": "end", "final do": "end", "fim do": "end",
    "início de": "start", "inícios de": "start", "princípio de": "start", "princípios de": "start",
    "início do": "start", "meados de": "mid", "meados do": "mid",
}
RELATIVE_DAYS = {"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2, "depois de amanhã": 2}
RELATIVE_UNITS = {
    "esta semana": ("week", 0), "nesta semana": ("week", 0), "na semana passada": ("week", -1),
    "a semana passada": ("week", -1), "semana passada": ("week", -1), "na próxima semana": ("week", 1),
    "a próxima semana": ("week", 1), "próxima semana": ("week", 1), "na semana que vem": ("week", 1),
    "semana que vem": ("week", 1), "da próxima semana": ("week", 1), "da semana passada": ("week", -1),
    "este mês": ("month", 0), "neste mês": ("month", 0), "deste mês": ("month", 0),
    "no mês passado": ("month", -1), "mês passado": ("month", -1), "do mês passado": ("month", -1),
    "no próximo mês": ("month", 1), "próximo mês": ("month", 1), "do próximo mês": ("month", 1),
    "este ano": ("year", 0), "neste ano": ("year", 0), "deste ano": ("year", 0),
    "no ano passado": ("year", -1), "ano passado": ("year", -1), "do ano passado": ("year", -1),
    "no próximo ano": ("year", 1), "próximo ano": ("year", 1), "do próximo ano": ("year", 1),
    "no ano que vem": ("year", 1), "este fim de semana": ("weekend", 0), "neste fim de semana": ("weekend", 0),
    "no fim de semana passado": ("weekend", -1), "no próximo fim de semana": ("weekend", 1),
}
UNIT_WORDS = {"dia": "day", "dias": "day", "semana": "week", "semanas": "week", "mês": "month",
              "meses": "month", "ano": "year", "anos": "year", "hora": "hour", "horas": "hour",
              "minuto": "minute", "minutos": "minute", "década": "decade", "décadas": "decade",
              "trimestre": "quarter", "trimestres": "quarter"}
AGO_PATTERNS = (r"há\s+{n}\s+{unit}", r"{n}\s+{unit}\s+atrás")
AHEAD_PATTERNS = (r"daqui\s+a\s+{n}\s+{unit}", r"dentro\s+de\s+{n}\s+{unit}")
SEASONS = {"primavera": "SP", "verão": "SU", "verao": "SU", "outono": "FA", "inverno": "WI"}
SEASON_MODIFIERS = ("este", "neste", "no", "na", "o", "a", "do", "da", "deste", "desta", "em")
PRESENT_WORDS = {"agora": "PRESENT_REF", "atualmente": "PRESENT_REF", "actualmente": "PRESENT_REF",
                 "neste momento": "PRESENT_REF", "recentemente": "PAST_REF"}
QUOTE_VERBS = (
    "disse", "disseram", "diz", "dizem", "afirmou", "afirmaram", "afirma", "declarou", "declararam", "declara",
    "referiu", "sublinhou", "sublinha", "salientou", "acrescentou", "acrescenta", "explicou", "explica",
    "adiantou", "garantiu", "assegurou", "indicou", "informou", "confirmou", "avisou", "alertou", "advertiu",
    "frisou", "defendeu", "defende", "considerou", "considera", "admitiu", "reconheceu", "anunciou",
    "destacou", "observou", "comentou", "escreveu", "contou", "lamentou", "insistiu",
)
ACCORDING_TO = ("segundo", "de acordo com", "conforme")
RELAY_PHRASES = ("segundo", "de acordo com", "citado por", "citada por", "à", "ao", "em declarações à",
                 "em declarações ao", "em entrevista à", "em entrevista ao", "avança", "noticia", "escreve",
                 "informou")
OUTLET_NOUNS = ("a agência", "agência", "o jornal", "jornal", "o diário", "diário", "a televisão", "televisão",
                "a rádio", "rádio", "o canal", "canal", "a emissora", "emissora", "a estação", "o semanário",
                "semanário", "o site", "o portal")
SOURCE_WORDS = ("a fonte", "o porta-voz", "a porta-voz", "ele", "ela")
ABBREVIATIONS = {"sr", "sra", "srs", "dr", "dra", "eng", "prof", "profa", "etc", "p.ex", "pág", "av", "gen",
                 "cel", "n.º", "nº", "jan", "fev", "abr", "jun", "jul", "ago", "nov", "exmo", "exma", "sto", "sta"}
QUOTE_SPEAKER_TITLES = (
    "presidente", "presidenta", "ministro", "ministra", "primeiro-ministro", "primeira-ministra", "porta-voz",
    "secretário", "secretária", "secretário-geral", "diretor", "director", "diretora", "directora",
    "comandante", "governador", "governadora", "autarca", "deputado", "deputada", "dirigente", "líder",
    "coordenador", "coordenadora", "embaixador", "embaixadora", "administrador", "administradora",
    "bastonário", "bastonária", "provedor", "provedora", "presidente-executivo", "prefeito", "prefeita",
    "vereador", "vereadora", "senador", "senadora", "sindicalista",
)
YEAR_CUES = ("em", "desde", "até", "de", "ano")
REFERENCE_CUES = ("desde", "depois de", "após", "a partir de")
FUTURE_CUES = ("vai", "vão", "irá", "irão", "será", "serão", "terá", "terão", "deverá", "deverão", "prevê",
               "próximo", "próxima", "pretende", "planeia", "planeja")
# "decidirá", "reunirão": the synthetic future ("verão", summer, ends in "-erão": left out)
FUTURE_SUFFIXES = ("rá", "arão", "irão")
FUNCTION_WORDS = {
    "o", "a", "os", "as", "um", "uma", "uns", "umas", "de", "do", "da", "dos", "das", "em", "no", "na", "nos",
    "nas", "num", "numa", "ao", "à", "aos", "às", "por", "pelo", "pela", "pelos", "pelas", "para", "com",
    "sem", "sob", "sobre", "entre", "até", "desde", "após", "contra", "durante", "perante", "segundo", "e",
    "ou", "mas", "que", "se", "como", "é", "são", "foi", "foram", "era", "eram", "está", "estão", "estava",
    "tem", "têm", "tinha", "há", "já", "não", "também", "disse", "diz", "afirmou", "seu", "sua", "seus",
    "suas", "este", "esta", "esse", "essa", "deste", "desta", "neste", "nesta", "lhe", "lhes",
}
POSSESSION_VERBS = ("tem", "tinha", "têm", "conta com", "mantém", "dispõe de")
SOURCE_NOUNS = ("fonte", "porta-voz", "responsável", "funcionário", "testemunha", "especialista", "analista",
                "morador", "residente")
BYLINE_OUTLETS = {"lusa": "Lusa", "agência lusa": "Lusa", "agência brasil": "Agência Brasil", "efe": "EFE",
                  "afp": "AFP", "reuters": "Reuters", "ap": "AP", "público": "Público", "expresso": "Expresso",
                  "observador": "Observador", "folha": "Folha de S.Paulo", "estadão": "Estadão", "g1": "G1"}
# "morreram", "ficaram", "aguardam": verbs (3rd person plural) end the phrase a figure counts
VERB_SUFFIXES = ("am", "em")
WHAT_STOP_WORDS = ("não", "nunca", "manhã", "tarde", "noite", "agora", "ainda", "hoje", "ontem",
                   # copulas and verbs of state after a counted noun ("people remain missing")
                   *("continuam", "permanecem", "estão", "são", "foram", "ficaram", "seguem", "estavam"))
MEASURE_WORDS = ("km", "quilómetro", "quilómetros", "quilômetro", "quilômetros", "metro", "metros", "milha",
                 "milhas")
WHAT_HEAD = "first"
ADDRESSEE_WORDS = ("à", "ao", "aos", "às", "perante")
SPEAKER_END_WORDS = ("em", "na", "no", "nos", "nas", "num", "numa", "durante", "perante", "após", "depois", "à",
                     "ao", "aos", "às", "com", "sobre", "segundo", "que", "e", "antes", "citado", "citada")
ORG_HEADS = (
    "Ministério", "Governo", "Conselho", "Comissão", "Associação", "Sindicato", "Partido", "Assembleia",
    "Câmara", "Tribunal", "Supremo", "Banco", "Agência", "Autoridade", "Administração", "Direção", "Direcção",
    "Instituto", "Universidade", "Polícia", "Guarda", "Forças", "Força", "Exército", "Marinha", "Federação",
    "Confederação", "Fundação", "Ordem", "Procuradoria", "Hospital", "Comité", "Junta", "Serviço", "Serviços",
    "Secretaria", "Senado", "Congresso", "União", "Organização", "Movimento", "Frente", "Centro", "Museu",
    "Companhia", "Empresa", "Grupo", "Presidência", "Inspeção", "Inspecção", "Proteção", "Protecção",
)
COMPLEMENTIZERS = ("que",)
SPEAKER_OPENERS = ("foi o que", "é o que", "foi isso que", "assim o", "assim", "mas", "e", "também", "além disso")
ANAPHORIC_OPENERS = ("foi o que", "é o que", "foi isso que", "assim o", "assim")
SEASON_NAMES = ("primavera árabe", "primavera arabe", "primavera de praga")
# "o segundo navio" is the second ship, not "according to navio"
ACCORDING_TO_ORDINAL_AFTER = ("o", "um", "do", "no", "pelo", "ao", "num", "dum", "este", "esse", "neste", "deste",
                              "seu", "cada")
NAME_TITLES = ("Sr.", "Sra.", "Dr.", "Dra.", "Eng.", "Prof.", "Dom", "Dona", "Presidente", "Ministro", "Ministra",
               "Primeiro-Ministro", "Primeira-Ministra", "Deputado", "Deputada", "Senador", "Senadora", "General",
               "Coronel", "Comandante", "Capitão", "Rei", "Rainha", "Príncipe", "Princesa", "Papa", "Padre", "Frei")
# Portuguese joins a name's parts with "do", "dos", "das" too ("Associação dos Transitários de Portugal",
# "Ministério das Finanças")
NAME_PARTICLES = ("do", "dos", "das")
PLACE_PREPOSITIONS = ("em", "no", "na")
NAME_PREFIX_OFFICES = ("República", "Belém", "Planalto", "Kremlin", "Eliseu")
SPEAKER_LEAD_PREPOSITIONS = ("à", "ao", "aos", "às", "em", "no", "na", "nos", "nas", "num", "numa", "perante", "durante")
GERUND_SUFFIXES = ("ando", "endo", "indo")
PRO_DROP = True
SPEAKER_PRONOUNS = ("ele", "ela")
# nouns spaCy lists as stop words: a speaker phrase of stop words names nobody unless it holds one
STOP_WORD_NOUNS = ("conselho", "estado", "grupo", "maioria", "parte", "povo", "sistema")
COUNT_NOUNS_BEFORE = {"número de": "", "balanço": "mortos", "número de mortos": "mortos",
                      "número de vítimas": "vítimas"}
COUNT_PREPOSITIONS = ("para", "a")
PLACE_NOUNS = ("cidade", "região", "província", "porto", "capital", "localidade", "vila", "aldeia", "ilha",
               "distrito", "concelho", "município", "estado")
DEADLINE_WORDS = ("prazo", "data-limite", "data limite", "ultimato", "ultimátum",
                  # a date that moves: "adiado para abril", "antecipada para 1 de junho"
                  "adiado", "adiada", "adiou", "adiaram", "adiamento", "prorrogado", "prorrogada", "prorrogou",
                  "prorrogação", "antecipado", "antecipada", "antecipou", "remarcado", "remarcada", "remarcou")
DEADLINE_TO = ("para o dia", "para", "até ao dia", "até o dia", "até ao", "até à", "até")
DEADLINE_FROM = ("de", "do", "da")
PASSIVE_AUXILIARIES = ("é", "foi", "foram", "são", "sido", "ser", "está", "estão")
# conjunctions that may open the clause before a speaker and a speech verb ("But X said"): no part of the speaker
CLAUSE_CONJUNCTIONS = ("mas", "e", "porém")
