// Lets the JasperFx command line find our commands even when this assembly is not the entry assembly (tests run them in-process).
[assembly: JasperFx.JasperFxAssembly]
