// Owns the precompiled header the tests reuse; never run.
int main()
{
    return 0;
}
