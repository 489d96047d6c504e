/** Tests of the filter bundle in OSGi with the real compute service: backend against the engine's reference, commands. */
package nnwb.filter.tests;
