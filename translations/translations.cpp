// The translations are resources of this library (":/i18n/seqera_<lang>.qm"); this file only
// gives the library something to compile.
namespace seqera {
const char *translationsResourcePrefix()
{
    return ":/i18n";
}
} // namespace seqera
