// The icons are resources of this library (":/icons/..."); this file only gives the library
// something to compile.
namespace seqera {
const char *iconsResourcePrefix()
{
    return ":/icons";
}
} // namespace seqera
